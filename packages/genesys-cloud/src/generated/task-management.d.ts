// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/task-management/openapi.yaml (sha256 ca44b449b6731d4c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area task-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Task Management (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const taskManagement = taskManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function taskManagementApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/taskmanagement/workbins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workbin
         * @permissions ANY: `workitems:workbin:add`
         */
        post: operations["postTaskmanagementWorkbins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workbins/{workbinId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workbin
         * @permissions ANY: `workitems:workbin:view`
         */
        get: operations["getTaskmanagementWorkbin"];
        put?: never;
        post?: never;
        /**
         * Delete a workbin
         * @permissions ANY: `workitems:workbin:delete`
         */
        delete: operations["deleteTaskmanagementWorkbin"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a workbin
         * @permissions ANY: `workitems:workbin:edit`
         */
        patch: operations["patchTaskmanagementWorkbin"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workbins/{workbinId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of a workbin's attribute change history
         * @permissions ANY: `workitems:workbin:view`
         */
        get: operations["getTaskmanagementWorkbinHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workbins/{workbinId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a workbin
         * @permissions ANY: `workitems:workbin:view`
         */
        get: operations["getTaskmanagementWorkbinVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workbins/{workbinId}/versions/{entityVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a version of a workbin
         * @permissions ANY: `workitems:workbin:view`
         */
        get: operations["getTaskmanagementWorkbinVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workbins/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for workbins
         * @permissions ALL: `workitems:workbin:view`
         */
        post: operations["postTaskmanagementWorkbinsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workitem
         * @permissions ANY: `workitems:workitem:add`
         */
        post: operations["postTaskmanagementWorkitems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workitem
         * @permissions ANY: `workitems:workitem:view`
         */
        get: operations["getTaskmanagementWorkitem"];
        put?: never;
        post?: never;
        /**
         * Delete a workitem
         * @permissions ANY: `workitems:workitem:delete`
         */
        delete: operations["deleteTaskmanagementWorkitem"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a workitem
         * @permissions ANY: any one of `workitems:workitem:edit`, `workitems:workitem:accept`
         */
        patch: operations["patchTaskmanagementWorkitem"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/acd/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the assignment process for a workitem that is currently queued for assignment through ACD.
         * @permissions ANY: `workitems:workitem:cancelRouting`
         */
        post: operations["postTaskmanagementWorkitemAcdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/assignment": {
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
         * Attempts to manually assign a specified workitem to a specified user.  Ignores bullseye ring, PAR score, skills, and languages.
         * @permissions ANY: any one of `workitems:workitem:pull`, `workitems:workitem:assign`
         */
        patch: operations["patchTaskmanagementWorkitemAssignment"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect the assignee of the workitem
         * @permissions ANY: `workitems:workitem:disconnect`
         */
        post: operations["postTaskmanagementWorkitemDisconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of a workitem's attribute change history
         * @permissions ANY: `workitems:workitem:view`
         */
        get: operations["getTaskmanagementWorkitemHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a workitem
         * @permissions ANY: `workitems:workitem:terminate`
         */
        post: operations["postTaskmanagementWorkitemTerminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/users/{userId}/wrapups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all wrapup codes added for the given user for a workitem.
         * @permissions ANY: `workitems:wrapup:view`
         */
        get: operations["getTaskmanagementWorkitemUserWrapups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add/Remove a wrapup code for a given user in a workitem.
         * @permissions ANY: `workitems:wrapup:edit`
         */
        patch: operations["patchTaskmanagementWorkitemUserWrapups"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/users/me/wrapups": {
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
         * Add/Remove a wrapup code for the current user in a workitem.
         * @permissions ANY: `workitems:wrapupSelf:edit`
         */
        patch: operations["patchTaskmanagementWorkitemUsersMeWrapups"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a workitem
         * @permissions ANY: `workitems:workitem:view`
         */
        get: operations["getTaskmanagementWorkitemVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/versions/{entityVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a version of a workitem
         * @permissions ANY: `workitems:workitem:view`
         */
        get: operations["getTaskmanagementWorkitemVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/{workitemId}/wrapups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all wrapup codes added for all users for a workitem.
         * @permissions ANY: `workitems:wrapup:view`
         */
        get: operations["getTaskmanagementWorkitemWrapups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/add/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workitem bulk add job.
         * @permissions ANY: `workitems:bulkAddJob:add`
         */
        post: operations["postTaskmanagementWorkitemsBulkAddJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/add/jobs/{bulkJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the bulk add job associated with the job id.
         * @permissions ANY: `workitems:bulkAddJob:view`
         */
        get: operations["getTaskmanagementWorkitemsBulkAddJob"];
        put?: never;
        post?: never;
        /**
         * Delete a bulk add job
         * @permissions ANY: `workitems:bulkAddJob:delete`
         */
        delete: operations["deleteTaskmanagementWorkitemsBulkAddJob"];
        options?: never;
        head?: never;
        /**
         * Update workitem bulk add job.
         * @permissions ANY: `workitems:bulkAddJob:edit`
         */
        patch: operations["patchTaskmanagementWorkitemsBulkAddJob"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/add/jobs/{bulkJobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bulk add job results.
         * @permissions ANY: `workitems:bulkAddJobResults:view`
         */
        get: operations["getTaskmanagementWorkitemsBulkAddJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/jobs/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bulk jobs created by the currently logged in user.
         * @permissions ANY: `workitems:bulkJob:view`
         */
        get: operations["getTaskmanagementWorkitemsBulkJobsUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/terminate/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workitem bulk terminate job.
         * @permissions ALL: `workitems:bulkTerminateJob:add`
         */
        post: operations["postTaskmanagementWorkitemsBulkTerminateJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/terminate/jobs/{bulkJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the bulk job associated with the job id.
         * @permissions ALL: `workitems:bulkTerminateJob:view`
         */
        get: operations["getTaskmanagementWorkitemsBulkTerminateJob"];
        put?: never;
        post?: never;
        /**
         * Delete a Bulk job
         * @permissions ALL: `workitems:bulkTerminateJob:delete`
         */
        delete: operations["deleteTaskmanagementWorkitemsBulkTerminateJob"];
        options?: never;
        head?: never;
        /**
         * Update workitem bulk terminate job.
         * @permissions ALL: `workitems:bulkTerminateJob:edit`
         */
        patch: operations["patchTaskmanagementWorkitemsBulkTerminateJob"];
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/bulk/terminate/jobs/{bulkJobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bulk terminate job results.
         * @permissions ALL: `workitems:bulkTerminateJobResults:view`
         */
        get: operations["getTaskmanagementWorkitemsBulkTerminateJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for workitems
         * @description This query requires at least one EQ filter on the workbinId, assigneeId, queueId or typeId attributes. A maximum of three filters are allowed.
         * @permissions ANY: `workitems:workitem:view`
         */
        post: operations["postTaskmanagementWorkitemsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/query/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workitem query job
         * @permissions ANY: `workitems:queryJob:add`
         */
        post: operations["postTaskmanagementWorkitemsQueryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/query/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workitem query job associated with the job id.
         * @permissions ALL: `workitems:queryJob:view`
         */
        get: operations["getTaskmanagementWorkitemsQueryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/query/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get results from for workitem query job
         * @permissions ALL: `workitems:queryJobResults:view`
         */
        get: operations["getTaskmanagementWorkitemsQueryJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `workitems:workitemSchema:add`
         */
        post: operations["postTaskmanagementWorkitemsSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchema"];
        /**
         * Update a schema
         * @permissions ANY: `workitems:workitemSchema:edit`
         */
        put: operations["putTaskmanagementWorkitemsSchema"];
        post?: never;
        /**
         * Delete a schema
         * @permissions ANY: `workitems:workitemSchema:delete`
         */
        delete: operations["deleteTaskmanagementWorkitemsSchema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a schema
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas/{schemaId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific version of a schema
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific named core type.
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchemasCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/workitems/schemas/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `workitems:workitemSchema:view`
         */
        get: operations["getTaskmanagementWorkitemsSchemasLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a worktype
         * @permissions ANY: `workitems:worktype:add`
         */
        post: operations["postTaskmanagementWorktypes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a worktype
         * @permissions ANY: `workitems:worktype:view`
         */
        get: operations["getTaskmanagementWorktype"];
        put?: never;
        post?: never;
        /**
         * Delete a worktype
         * @permissions ANY: `workitems:worktype:delete`
         */
        delete: operations["deleteTaskmanagementWorktype"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a worktype
         * @permissions ALL: `workitems:worktype:edit`
         */
        patch: operations["patchTaskmanagementWorktype"];
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all date based rules for a worktype
         * @permissions ANY: `workitems:flowRuleDateBased:view`
         */
        get: operations["getTaskmanagementWorktypeFlowsDatebasedRules"];
        put?: never;
        /**
         * Add a date based rule to a worktype
         * @permissions ANY: `workitems:flowRuleDateBased:add`
         */
        post: operations["postTaskmanagementWorktypeFlowsDatebasedRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a date based rule
         * @permissions ANY: `workitems:flowRuleDateBased:view`
         */
        get: operations["getTaskmanagementWorktypeFlowsDatebasedRule"];
        put?: never;
        post?: never;
        /**
         * Delete a date based rule
         * @permissions ANY: `workitems:flowRuleDateBased:delete`
         */
        delete: operations["deleteTaskmanagementWorktypeFlowsDatebasedRule"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a date based rule
         * @permissions ANY: `workitems:flowRuleDateBased:edit`
         */
        patch: operations["patchTaskmanagementWorktypeFlowsDatebasedRule"];
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all attribute-change rules for a worktype
         * @permissions ANY: `workitems:flowRuleOnAttributeChange:view`
         */
        get: operations["getTaskmanagementWorktypeFlowsOnattributechangeRules"];
        put?: never;
        /**
         * Add an attribute-change rule to a worktype
         * @permissions ANY: `workitems:flowRuleOnAttributeChange:add`
         */
        post: operations["postTaskmanagementWorktypeFlowsOnattributechangeRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an attribute change rule
         * @permissions ANY: `workitems:flowRuleOnAttributeChange:view`
         */
        get: operations["getTaskmanagementWorktypeFlowsOnattributechangeRule"];
        put?: never;
        post?: never;
        /**
         * Delete a rule
         * @permissions ANY: `workitems:flowRuleOnAttributeChange:delete`
         */
        delete: operations["deleteTaskmanagementWorktypeFlowsOnattributechangeRule"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a rule
         * @permissions ANY: `workitems:flowRuleOnAttributeChange:edit`
         */
        patch: operations["patchTaskmanagementWorktypeFlowsOnattributechangeRule"];
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all on-create rules for a worktype
         * @permissions ANY: `workitems:flowRuleOnCreate:view`
         */
        get: operations["getTaskmanagementWorktypeFlowsOncreateRules"];
        put?: never;
        /**
         * Add an on-create rule to a worktype
         * @permissions ANY: `workitems:flowRuleOnCreate:add`
         */
        post: operations["postTaskmanagementWorktypeFlowsOncreateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an on-create rule
         * @permissions ANY: `workitems:flowRuleOnCreate:view`
         */
        get: operations["getTaskmanagementWorktypeFlowsOncreateRule"];
        put?: never;
        post?: never;
        /**
         * Delete a rule
         * @permissions ANY: `workitems:flowRuleOnCreate:delete`
         */
        delete: operations["deleteTaskmanagementWorktypeFlowsOncreateRule"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a rule
         * @permissions ANY: `workitems:flowRuleOnCreate:edit`
         */
        patch: operations["patchTaskmanagementWorktypeFlowsOncreateRule"];
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of a worktype's attribute change history
         * @permissions ANY: `workitems:worktype:view`
         */
        get: operations["getTaskmanagementWorktypeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of statuses for this worktype.
         * @permissions ANY: `workitems:status:view`
         */
        get: operations["getTaskmanagementWorktypeStatuses"];
        put?: never;
        /**
         * Add a status to a worktype
         * @permissions ANY: `workitems:status:add`
         */
        post: operations["postTaskmanagementWorktypeStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/statuses/{statusId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a status
         * @permissions ANY: `workitems:status:view`
         */
        get: operations["getTaskmanagementWorktypeStatus"];
        put?: never;
        post?: never;
        /**
         * Delete a status
         * @permissions ANY: `workitems:status:delete`
         */
        delete: operations["deleteTaskmanagementWorktypeStatus"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a status
         * @permissions ANY: `workitems:status:edit`
         */
        patch: operations["patchTaskmanagementWorktypeStatus"];
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a worktype
         * @permissions ANY: `workitems:worktype:view`
         */
        get: operations["getTaskmanagementWorktypeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/{worktypeId}/versions/{entityVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a version of a worktype
         * @permissions ANY: `workitems:worktype:view`
         */
        get: operations["getTaskmanagementWorktypeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/taskmanagement/worktypes/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for worktypes
         * @description Optional request field expands may include schema to populate the name on each worktypes schema reference.
         * @permissions ALL: `workitems:worktype:view`
         */
        post: operations["postTaskmanagementWorktypesQuery"];
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
        AutoStatusTransitionDetail: {
            dateOfTransition?: string;
            errorDetails?: components["schemas"]["TaskManagementErrorDetails"];
            nextStatus?: components["schemas"]["WorkitemStatusReference"];
        };
        BulkJob: {
            action?: string;
            dateFinished?: string;
            dateModified?: string;
            dateStarted?: string;
            failedCount?: number;
            id?: string;
            selfUri?: string;
            state?: string;
            successfulCount?: number;
            totalCount?: number;
        };
        BulkJobAddRequest: {
            entities: components["schemas"]["WorkitemCommonCreate"][];
        };
        BulkJobAddResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkJobAddResult"][];
        };
        BulkJobAddResult: {
            entity?: components["schemas"]["BulkJobAddWorkitemSummary"];
            error?: components["schemas"]["BulkJobError"];
        };
        BulkJobAddWorkitemSummary: {
            id?: string;
            name?: string;
            selfUri?: string;
            type?: components["schemas"]["WorktypeReference"];
            workbin?: components["schemas"]["WorkbinReference"];
        };
        BulkJobEntity: {
            id?: string;
        };
        BulkJobError: {
            code?: string;
            message?: string;
        };
        BulkJobsListing: {
            after?: string;
            entities?: components["schemas"]["BulkJob"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        BulkJobTerminateRequest: {
            entities: components["schemas"]["BulkJobEntity"][];
        };
        BulkJobTerminateResult: {
            entity?: components["schemas"]["BulkJobTerminateResultEntity"];
            error?: components["schemas"]["BulkJobError"];
        };
        BulkJobTerminateResultEntity: {
            id?: string;
            selfUri?: string;
        };
        BulkJobTerminateResultsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkJobTerminateResult"][];
        };
        BulkJobUpdate: {
            state: string;
        };
        Coretype: {
            current?: boolean;
            dateCreated?: string;
            id?: string;
            itemValidationFields?: string[];
            itemValidationLimits?: components["schemas"]["ItemValidationLimits"];
            name?: string;
            schema?: components["schemas"]["Schema"];
            selfUri?: string;
            validationFields?: string[];
            validationLimits?: components["schemas"]["ValidationLimits"];
            version?: number;
        };
        CoretypeListing: {
            entities?: components["schemas"]["Coretype"][];
            selfUri?: string;
            total?: number;
        };
        DataSchema: {
            appliesTo?: string[];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            enabled?: boolean;
            id?: string;
            jsonSchema: components["schemas"]["JsonSchemaDocument"];
            name?: string;
            selfUri?: string;
            version: number;
        };
        DataSchemaListing: {
            entities?: components["schemas"]["DataSchema"][];
            selfUri?: string;
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
        ExternalContactReference: {
            firstName?: string;
            id?: string;
            lastName?: string;
            selfUri?: string;
        };
        Items: {
            pattern?: string;
            type?: string;
        };
        ItemValidationLimits: {
            maxLength: components["schemas"]["MaxLength"];
            minLength: components["schemas"]["MinLength"];
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
        MaxLength: {
            max: number;
            min: number;
        };
        MinLength: {
            max: number;
            min: number;
        };
        Schema: {
            description?: string;
            items?: components["schemas"]["Items"];
            pattern?: string;
            title?: string;
            type?: string[];
        };
        SchemaQuantityLimits: {
            id?: string;
            maxFieldDescriptionCharacters?: number;
            maxFieldNameCharacters?: number;
            maxFieldTitleCharacters?: number;
            maxNumberOfFieldsPerOrg?: number;
            maxNumberOfFieldsPerSchema?: number;
            maxNumberOfSchemasPerOrg?: number;
            maxSchemaDescriptionCharacters?: number;
            maxSchemaNameCharacters?: number;
            minFieldDescriptionCharacters?: number;
            minFieldNameCharacters?: number;
            minFieldTitleCharacters?: number;
            minSchemaDescriptionCharacters?: number;
            minSchemaNameCharacters?: number;
            name?: string;
            selfUri?: string;
        };
        TaskManagementErrorDetails: {
            code?: string;
            message?: string;
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
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
        };
        Workbin: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
        };
        WorkbinChangeListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemsChangeWorkbinDelta"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkbinCreate: {
            description?: string;
            divisionId?: string;
            name: string;
        };
        WorkbinDelta: {
            dateModified?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            description?: components["schemas"]["WorkitemsAttributeChangeString"];
            modifiedBy?: components["schemas"]["WorkitemsAttributeChangeString"];
            name?: components["schemas"]["WorkitemsAttributeChangeString"];
        };
        WorkbinQueryEntityListing: {
            after?: string;
            count?: number;
            entities?: components["schemas"]["Workbin"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkbinQueryRequest: {
            after?: string;
            attributes?: string[];
            filters: components["schemas"]["WorkitemFilter"][];
            pageSize?: number;
            select?: string;
            sort?: components["schemas"]["WorkbinQuerySort"];
        };
        WorkbinQuerySort: {
            ascending?: boolean;
            name?: string;
        };
        WorkbinReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkbinUpdate: {
            description?: string;
            name?: string;
        };
        WorkbinVersion: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            version?: number;
        };
        WorkbinVersionListing: {
            after?: string;
            entities?: components["schemas"]["WorkbinVersion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Workitem: {
            alertTimeoutSeconds?: number;
            assignee?: components["schemas"]["UserReferenceWithName"];
            assignmentState?: string;
            autoStatusTransition?: boolean;
            autoStatusTransitionDetail?: components["schemas"]["AutoStatusTransitionDetail"];
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            dateAssignmentStateChanged?: string;
            dateClosed?: string;
            dateCreated?: string;
            dateDue?: string;
            dateExpires?: string;
            dateModified?: string;
            dateStatusChanged?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            durationSeconds?: number;
            externalContact?: components["schemas"]["ExternalContactReference"];
            externalTag?: string;
            id?: string;
            language?: components["schemas"]["WorkitemLanguageReference"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            preferredAgents?: components["schemas"]["UserReference"][];
            priority?: number;
            queue?: components["schemas"]["WorkitemQueueReference"];
            reporter?: components["schemas"]["UserReferenceWithName"];
            schema?: components["schemas"]["WorkitemSchema"];
            scoredAgents?: components["schemas"]["WorkitemScoredAgent"][];
            script?: components["schemas"]["WorkitemScriptReference"];
            selfUri?: string;
            skills?: components["schemas"]["WorkitemRoutingSkillReference"][];
            status?: components["schemas"]["WorkitemStatusReference"];
            statusCategory?: string;
            ttl?: number;
            type?: components["schemas"]["WorktypeReference"];
            utilizationLabel?: components["schemas"]["WorkitemUtilizationLabelReference"];
            workbin?: components["schemas"]["WorkbinReference"];
        };
        WorkitemChangeListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemsChangeWorkitemDelta"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemCommonCreate: {
            assigneeId?: string;
            autoStatusTransition?: boolean;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            dateDue?: string;
            dateExpires?: string;
            description?: string;
            durationSeconds?: number;
            externalContactId?: string;
            externalTag?: string;
            languageId?: string;
            name: string;
            priority?: number;
            queueId?: string;
            scriptId?: string;
            skillIds?: string[];
            statusId?: string;
            ttl?: number;
            typeId: string;
            workbinId?: string;
        };
        WorkitemCreate: {
            assigneeId?: string;
            autoStatusTransition?: boolean;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            dateDue?: string;
            dateExpires?: string;
            description?: string;
            durationSeconds?: number;
            externalContactId?: string;
            externalTag?: string;
            languageId?: string;
            name: string;
            preferredAgentIds?: string[];
            priority?: number;
            queueId?: string;
            scoredAgents?: components["schemas"]["WorkitemScoredAgentRequest"][];
            scriptId?: string;
            skillIds?: string[];
            statusId?: string;
            ttl?: number;
            typeId: string;
            utilizationLabelId?: string;
            workbinId?: string;
            wrapupCode?: string;
        };
        WorkitemDateBasedCondition: {
            attribute: string;
            relativeMinutesToInvocation: number;
        };
        WorkitemDateBasedConditionUpdate: {
            attribute?: string;
            relativeMinutesToInvocation?: number;
        };
        WorkitemDateBasedRule: {
            action?: components["schemas"]["WorkitemRuleAction"];
            condition?: components["schemas"]["WorkitemDateBasedCondition"];
            id?: string;
            name?: string;
            selfUri?: string;
            type?: string;
            worktype?: components["schemas"]["WorktypeReference"];
        };
        WorkitemDateBasedRuleCreate: {
            condition: components["schemas"]["WorkitemDateBasedCondition"];
            name: string;
        };
        WorkitemDateBasedRuleListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemDateBasedRule"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemDateBasedRuleUpdate: {
            condition?: components["schemas"]["WorkitemDateBasedConditionUpdate"];
            name?: string;
        };
        WorkitemDelta: {
            alertTimeoutSeconds?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            assigneeId?: components["schemas"]["WorkitemsAttributeChangeString"];
            assignmentState?: components["schemas"]["WorkitemsAttributeChangeString"];
            autoStatusTransition?: components["schemas"]["WorkitemsAttributeChangeBoolean"];
            customFields?: components["schemas"]["WorkitemsAttributeChangeMap"];
            dateAssignmentStateChanged?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            dateClosed?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            dateDue?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            dateExpires?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            dateModified?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            description?: components["schemas"]["WorkitemsAttributeChangeString"];
            durationSeconds?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            externalContactId?: components["schemas"]["WorkitemsAttributeChangeString"];
            externalTag?: components["schemas"]["WorkitemsAttributeChangeString"];
            languageId?: components["schemas"]["WorkitemsAttributeChangeString"];
            modifiedBy?: components["schemas"]["WorkitemsAttributeChangeString"];
            name?: components["schemas"]["WorkitemsAttributeChangeString"];
            preferredAgentIds?: components["schemas"]["WorkitemsAttributeChangeList"];
            priority?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            queueId?: components["schemas"]["WorkitemsAttributeChangeString"];
            reporterId?: components["schemas"]["WorkitemsAttributeChangeString"];
            scoredAgents?: components["schemas"]["WorkitemsAttributeChangeListWorkitemScoredAgentDelta"];
            scriptId?: components["schemas"]["WorkitemsAttributeChangeString"];
            skillIds?: components["schemas"]["WorkitemsAttributeChangeList"];
            statusCategory?: components["schemas"]["WorkitemsAttributeChangeWorkitemStatusCategory"];
            statusId?: components["schemas"]["WorkitemsAttributeChangeString"];
            ttl?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            utilizationLabelId?: components["schemas"]["WorkitemsAttributeChangeString"];
            workbinId?: components["schemas"]["WorkitemsAttributeChangeString"];
            wrapup?: components["schemas"]["WorkitemsAttributeChangeWrapupDelta"];
            wrapupId?: components["schemas"]["WorkitemsAttributeChangeString"];
        };
        WorkitemFilter: {
            name: string;
            operator: string;
            type: string;
            values: string[];
        };
        WorkitemFlowReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemLanguageReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemManualAssign: {
            id: string;
        };
        WorkitemOnAttributeChangeCondition: {
            attribute: string;
            newValue?: string;
            oldValue?: string;
            operator?: string;
            value?: number;
        };
        WorkitemOnAttributeChangeConditionUpdate: {
            attribute: string;
            newValue?: string;
            oldValue?: string;
            operator?: string;
            value?: number;
        };
        WorkitemOnAttributeChangeRule: {
            action?: components["schemas"]["WorkitemRuleAction"];
            condition?: components["schemas"]["WorkitemOnAttributeChangeCondition"];
            id?: string;
            name?: string;
            selfUri?: string;
            type?: string;
            worktype?: components["schemas"]["WorktypeReference"];
        };
        WorkitemOnAttributeChangeRuleCreate: {
            condition: components["schemas"]["WorkitemOnAttributeChangeCondition"];
            name: string;
        };
        WorkitemOnAttributeChangeRuleListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemOnAttributeChangeRule"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemOnAttributeChangeRuleUpdate: {
            condition?: components["schemas"]["WorkitemOnAttributeChangeConditionUpdate"];
            name?: string;
        };
        WorkitemOnCreateRule: {
            action?: components["schemas"]["WorkitemRuleAction"];
            id?: string;
            name?: string;
            selfUri?: string;
            type?: string;
            worktype?: components["schemas"]["WorktypeReference"];
        };
        WorkitemOnCreateRuleCreate: {
            name: string;
        };
        WorkitemOnCreateRuleListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemOnCreateRule"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemOnCreateRuleUpdate: {
            name?: string;
        };
        WorkitemPagedEntityListing: {
            entities?: components["schemas"]["Workitem"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        WorkitemPostQueryEntityListing: {
            after?: string;
            count?: number;
            entities?: components["schemas"]["Workitem"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemQueryJobCreate: {
            attributes?: string[];
            dateIntervalEnd?: string;
            dateIntervalStart?: string;
            expands?: string[];
            filters: components["schemas"]["WorkitemQueryJobFilter"][];
            pageNumber?: number;
            pageSize?: number;
            queryFilters?: components["schemas"]["WorkitemQueryJobQueryFilters"][];
            sort?: components["schemas"]["WorkitemQueryJobSort"];
        };
        WorkitemQueryJobError: {
            code?: string;
            message?: string;
        };
        WorkitemQueryJobFilter: {
            name: string;
            operator: string;
            values: string[];
        };
        WorkitemQueryJobQueryFilters: {
            criteria: components["schemas"]["WorkitemQueryJobQueryFiltersCriteria"][];
            name: string;
            operator?: string;
        };
        WorkitemQueryJobQueryFiltersCriteria: {
            operator?: string;
            predicates: components["schemas"]["WorkitemQueryJobQueryFiltersPredicate"][];
        };
        WorkitemQueryJobQueryFiltersPredicate: {
            name: string;
            operator: string;
            values?: {
                [key: string]: unknown;
            }[];
        };
        WorkitemQueryJobResponse: {
            dateFinished?: string;
            dateStarted?: string;
            error?: components["schemas"]["WorkitemQueryJobError"];
            id?: string;
            selfUri?: string;
            state?: string;
        };
        WorkitemQueryJobSort: {
            ascending?: boolean;
            customField?: string;
            name?: string;
        };
        WorkitemQueryPostRequest: {
            after?: string;
            attributes?: string[];
            expands?: string[];
            filters: components["schemas"]["WorkitemFilter"][];
            pageSize?: number;
            select?: string;
            sort?: components["schemas"]["WorkitemQuerySort"];
        };
        WorkitemQuerySort: {
            ascending?: boolean;
            name?: string;
        };
        WorkitemQueueReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemRoutingSkillReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemRuleAction: {
            type?: string;
        };
        WorkitemRuleSettings: {
            flowRulesEnabled?: boolean;
        };
        WorkitemsAttributeChangeBoolean: {
            newValue?: boolean;
            oldValue?: boolean;
        };
        WorkitemsAttributeChangeInstant: {
            newValue?: string;
            oldValue?: string;
        };
        WorkitemsAttributeChangeInteger: {
            newValue?: number;
            oldValue?: number;
        };
        WorkitemsAttributeChangeList: {
            newValue?: {
                [key: string]: unknown;
            }[];
            oldValue?: {
                [key: string]: unknown;
            }[];
        };
        WorkitemsAttributeChangeListWorkitemScoredAgentDelta: {
            newValue?: components["schemas"]["WorkitemScoredAgentDelta"][];
            oldValue?: components["schemas"]["WorkitemScoredAgentDelta"][];
        };
        WorkitemsAttributeChangeMap: {
            newValue?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            oldValue?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        WorkitemsAttributeChangeString: {
            newValue?: string;
            oldValue?: string;
        };
        WorkitemsAttributeChangeWorkitemRuleSettings: {
            newValue?: components["schemas"]["WorkitemRuleSettings"];
            oldValue?: components["schemas"]["WorkitemRuleSettings"];
        };
        WorkitemsAttributeChangeWorkitemStatusCategory: {
            newValue?: string;
            oldValue?: string;
        };
        WorkitemsAttributeChangeWrapupDelta: {
            newValue?: components["schemas"]["WrapupDelta"];
            oldValue?: components["schemas"]["WrapupDelta"];
        };
        WorkitemsChangeWorkbinDelta: {
            delta?: components["schemas"]["WorkbinDelta"];
            modifiedBy?: components["schemas"]["UserReference"];
            version?: number;
        };
        WorkitemsChangeWorkitemDelta: {
            delta?: components["schemas"]["WorkitemDelta"];
            modifiedBy?: components["schemas"]["UserReference"];
            version?: number;
        };
        WorkitemsChangeWorktypeDelta: {
            delta?: components["schemas"]["WorktypeDelta"];
            modifiedBy?: components["schemas"]["UserReference"];
            version?: number;
        };
        WorkitemSchema: {
            id?: string;
            name?: string;
            selfUri?: string;
            version: number;
        };
        WorkitemScoredAgent: {
            agent?: components["schemas"]["UserReference"];
            score?: number;
        };
        WorkitemScoredAgentDelta: {
            id?: string;
            score?: number;
        };
        WorkitemScoredAgentRequest: {
            id?: string;
            score?: number;
        };
        WorkitemScriptReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemStatus: {
            autoTerminateWorkitem?: boolean;
            category?: string;
            defaultDestinationStatus?: components["schemas"]["WorkitemStatusReference"];
            description?: string;
            destinationStatuses?: components["schemas"]["WorkitemStatusReference"][];
            id?: string;
            name?: string;
            selfUri?: string;
            statusTransitionDelaySeconds?: number;
            statusTransitionTime?: string;
            worktype?: components["schemas"]["WorktypeReference"];
        };
        WorkitemStatusCreate: {
            autoTerminateWorkitem?: boolean;
            category: string;
            defaultDestinationStatusId?: string;
            description?: string;
            destinationStatusIds?: string[];
            name: string;
            statusTransitionDelaySeconds?: number;
            statusTransitionTime?: string;
        };
        WorkitemStatusListing: {
            entities?: components["schemas"]["WorkitemStatus"][];
            selfUri?: string;
            total?: number;
        };
        WorkitemStatusReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemStatusUpdate: {
            autoTerminateWorkitem?: boolean;
            defaultDestinationStatusId?: string;
            description?: string;
            destinationStatusIds?: string[];
            name?: string;
            statusTransitionDelaySeconds?: number;
            statusTransitionTime?: string;
        };
        WorkitemTerminate: {
            statusId?: string;
        };
        WorkitemUpdate: {
            assigneeId?: string;
            assignmentOperation?: string;
            assignmentState?: string;
            autoStatusTransition?: boolean;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            dateClosed?: string;
            dateDue?: string;
            dateExpires?: string;
            description?: string;
            durationSeconds?: number;
            externalContactId?: string;
            externalTag?: string;
            languageId?: string;
            name?: string;
            preferredAgentIds?: string[];
            priority?: number;
            queueId?: string;
            scoredAgents?: components["schemas"]["WorkitemScoredAgentRequest"][];
            scriptId?: string;
            skillIds?: string[];
            statusId?: string;
            ttl?: number;
            utilizationLabelId?: string;
            workbinId?: string;
        };
        WorkitemUtilizationLabelReference: {
            id?: string;
            selfUri?: string;
        };
        WorkitemVersion: {
            alertTimeoutSeconds?: number;
            assignee?: components["schemas"]["UserReferenceWithName"];
            assignmentState?: string;
            autoStatusTransition?: boolean;
            autoStatusTransitionDetail?: components["schemas"]["AutoStatusTransitionDetail"];
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            dateAssignmentStateChanged?: string;
            dateClosed?: string;
            dateCreated?: string;
            dateDue?: string;
            dateExpires?: string;
            dateModified?: string;
            dateStatusChanged?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            durationSeconds?: number;
            externalContact?: components["schemas"]["ExternalContactReference"];
            externalTag?: string;
            id?: string;
            language?: components["schemas"]["WorkitemLanguageReference"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            preferredAgents?: components["schemas"]["UserReference"][];
            priority?: number;
            queue?: components["schemas"]["WorkitemQueueReference"];
            reporter?: components["schemas"]["UserReferenceWithName"];
            schema?: components["schemas"]["WorkitemSchema"];
            scoredAgents?: components["schemas"]["WorkitemScoredAgent"][];
            script?: components["schemas"]["WorkitemScriptReference"];
            selfUri?: string;
            skills?: components["schemas"]["WorkitemRoutingSkillReference"][];
            status?: components["schemas"]["WorkitemStatusReference"];
            statusCategory?: string;
            ttl?: number;
            type?: components["schemas"]["WorktypeReference"];
            utilizationLabel?: components["schemas"]["WorkitemUtilizationLabelReference"];
            version?: number;
            workbin?: components["schemas"]["WorkbinReference"];
        };
        WorkitemVersionListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemVersion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemWrapup: {
            dateModified?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            user?: components["schemas"]["UserReference"];
            workitem?: components["schemas"]["WorkitemReference"];
            wrapupCode?: components["schemas"]["WrapupIdReference"];
        };
        WorkitemWrapupEntityListing: {
            entities?: components["schemas"]["WorkitemWrapup"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorkitemWrapupUpdate: {
            action: string;
            wrapupCode: string;
        };
        Worktype: {
            assignmentEnabled?: boolean;
            dateCreated?: string;
            dateModified?: string;
            defaultDueDurationSeconds?: number;
            defaultDurationSeconds?: number;
            defaultExpirationSeconds?: number;
            defaultLanguage?: components["schemas"]["WorkitemLanguageReference"];
            defaultPriority?: number;
            defaultQueue?: components["schemas"]["WorkitemQueueReference"];
            defaultScript?: components["schemas"]["WorkitemScriptReference"];
            defaultSkills?: components["schemas"]["WorkitemRoutingSkillReference"][];
            defaultStatus?: components["schemas"]["WorkitemStatusReference"];
            defaultTtlSeconds?: number;
            defaultWorkbin?: components["schemas"]["WorkbinReference"];
            description?: string;
            division?: components["schemas"]["Division"];
            flow?: components["schemas"]["WorkitemFlowReference"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            ruleSettings?: components["schemas"]["WorkitemRuleSettings"];
            schema?: components["schemas"]["WorkitemSchema"];
            selfUri?: string;
            serviceLevelTarget?: number;
            statuses?: components["schemas"]["WorkitemStatus"][];
            unassignedDivisionContactsEnabled?: boolean;
        };
        WorktypeChangeListing: {
            after?: string;
            entities?: components["schemas"]["WorkitemsChangeWorktypeDelta"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorktypeCreate: {
            assignmentEnabled?: boolean;
            defaultDueDurationSeconds?: number;
            defaultDurationSeconds?: number;
            defaultExpirationSeconds?: number;
            defaultLanguageId?: string;
            defaultPriority?: number;
            defaultQueueId?: string;
            defaultScriptId?: string;
            defaultSkillIds?: string[];
            defaultTtlSeconds?: number;
            defaultWorkbinId: string;
            description?: string;
            disableDefaultStatusCreation?: boolean;
            divisionId?: string;
            name: string;
            ruleSettings?: components["schemas"]["WorkitemRuleSettings"];
            schemaId?: string;
            schemaVersion?: number;
            serviceLevelTarget?: number;
            unassignedDivisionContactsEnabled?: boolean;
        };
        WorktypeDelta: {
            assignmentEnabled?: components["schemas"]["WorkitemsAttributeChangeBoolean"];
            dateModified?: components["schemas"]["WorkitemsAttributeChangeInstant"];
            defaultDueDurationSeconds?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            defaultDurationSeconds?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            defaultExpirationSeconds?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            defaultLanguageId?: components["schemas"]["WorkitemsAttributeChangeString"];
            defaultPriority?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            defaultQueueId?: components["schemas"]["WorkitemsAttributeChangeString"];
            defaultScriptId?: components["schemas"]["WorkitemsAttributeChangeString"];
            defaultSkillIds?: components["schemas"]["WorkitemsAttributeChangeList"];
            defaultStatusId?: components["schemas"]["WorkitemsAttributeChangeString"];
            defaultTtlSeconds?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            defaultWorkbinId?: components["schemas"]["WorkitemsAttributeChangeString"];
            description?: components["schemas"]["WorkitemsAttributeChangeString"];
            flowId?: components["schemas"]["WorkitemsAttributeChangeString"];
            modifiedBy?: components["schemas"]["WorkitemsAttributeChangeString"];
            name?: components["schemas"]["WorkitemsAttributeChangeString"];
            ruleSettings?: components["schemas"]["WorkitemsAttributeChangeWorkitemRuleSettings"];
            schemaId?: components["schemas"]["WorkitemsAttributeChangeString"];
            schemaVersion?: components["schemas"]["WorkitemsAttributeChangeString"];
            serviceLevelTarget?: components["schemas"]["WorkitemsAttributeChangeInteger"];
            statuses?: components["schemas"]["WorkitemsAttributeChangeList"];
            unassignedDivisionContactsEnabled?: components["schemas"]["WorkitemsAttributeChangeBoolean"];
        };
        WorktypeQueryEntityListing: {
            after?: string;
            count?: number;
            entities?: components["schemas"]["Worktype"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WorktypeQueryRequest: {
            after?: string;
            attributes?: string[];
            expands?: string;
            filters: components["schemas"]["WorkitemFilter"][];
            pageSize?: number;
            select?: string;
            sort?: components["schemas"]["WorktypeQuerySort"];
        };
        WorktypeQuerySort: {
            ascending?: boolean;
            name?: string;
        };
        WorktypeReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorktypeUpdate: {
            assignmentEnabled?: boolean;
            defaultDueDurationSeconds?: number;
            defaultDurationSeconds?: number;
            defaultExpirationSeconds?: number;
            defaultLanguageId?: string;
            defaultPriority?: number;
            defaultQueueId?: string;
            defaultScriptId?: string;
            defaultSkillIds?: string[];
            defaultStatusId?: string;
            defaultTtlSeconds?: number;
            defaultWorkbinId?: string;
            description?: string;
            name?: string;
            ruleSettings?: components["schemas"]["WorkitemRuleSettings"];
            schemaId?: string;
            schemaVersion?: number;
            serviceLevelTarget?: number;
            unassignedDivisionContactsEnabled?: boolean;
        };
        WorktypeVersion: {
            assignmentEnabled?: boolean;
            dateCreated?: string;
            dateModified?: string;
            defaultDueDurationSeconds?: number;
            defaultDurationSeconds?: number;
            defaultExpirationSeconds?: number;
            defaultLanguage?: components["schemas"]["WorkitemLanguageReference"];
            defaultPriority?: number;
            defaultQueue?: components["schemas"]["WorkitemQueueReference"];
            defaultScript?: components["schemas"]["WorkitemScriptReference"];
            defaultSkills?: components["schemas"]["WorkitemRoutingSkillReference"][];
            defaultStatus?: components["schemas"]["WorkitemStatusReference"];
            defaultTtlSeconds?: number;
            defaultWorkbin?: components["schemas"]["WorkbinReference"];
            description?: string;
            division?: components["schemas"]["Division"];
            flow?: components["schemas"]["WorkitemFlowReference"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            ruleSettings?: components["schemas"]["WorkitemRuleSettings"];
            schema?: components["schemas"]["WorkitemSchema"];
            selfUri?: string;
            serviceLevelTarget?: number;
            statuses?: components["schemas"]["WorkitemStatus"][];
            unassignedDivisionContactsEnabled?: boolean;
            version?: number;
        };
        WorktypeVersionListing: {
            after?: string;
            entities?: components["schemas"]["WorktypeVersion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        WrapupDelta: {
            action?: string;
            code?: string;
            userId?: string;
        };
        WrapupIdReference: {
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
export type SchemaAutoStatusTransitionDetail = components['schemas']['AutoStatusTransitionDetail'];
export type SchemaBulkJob = components['schemas']['BulkJob'];
export type SchemaBulkJobAddRequest = components['schemas']['BulkJobAddRequest'];
export type SchemaBulkJobAddResponse = components['schemas']['BulkJobAddResponse'];
export type SchemaBulkJobAddResult = components['schemas']['BulkJobAddResult'];
export type SchemaBulkJobAddWorkitemSummary = components['schemas']['BulkJobAddWorkitemSummary'];
export type SchemaBulkJobEntity = components['schemas']['BulkJobEntity'];
export type SchemaBulkJobError = components['schemas']['BulkJobError'];
export type SchemaBulkJobsListing = components['schemas']['BulkJobsListing'];
export type SchemaBulkJobTerminateRequest = components['schemas']['BulkJobTerminateRequest'];
export type SchemaBulkJobTerminateResult = components['schemas']['BulkJobTerminateResult'];
export type SchemaBulkJobTerminateResultEntity = components['schemas']['BulkJobTerminateResultEntity'];
export type SchemaBulkJobTerminateResultsResponse = components['schemas']['BulkJobTerminateResultsResponse'];
export type SchemaBulkJobUpdate = components['schemas']['BulkJobUpdate'];
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaDataSchema = components['schemas']['DataSchema'];
export type SchemaDataSchemaListing = components['schemas']['DataSchemaListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExternalContactReference = components['schemas']['ExternalContactReference'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSchemaQuantityLimits = components['schemas']['SchemaQuantityLimits'];
export type SchemaTaskManagementErrorDetails = components['schemas']['TaskManagementErrorDetails'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
export type SchemaWorkbin = components['schemas']['Workbin'];
export type SchemaWorkbinChangeListing = components['schemas']['WorkbinChangeListing'];
export type SchemaWorkbinCreate = components['schemas']['WorkbinCreate'];
export type SchemaWorkbinDelta = components['schemas']['WorkbinDelta'];
export type SchemaWorkbinQueryEntityListing = components['schemas']['WorkbinQueryEntityListing'];
export type SchemaWorkbinQueryRequest = components['schemas']['WorkbinQueryRequest'];
export type SchemaWorkbinQuerySort = components['schemas']['WorkbinQuerySort'];
export type SchemaWorkbinReference = components['schemas']['WorkbinReference'];
export type SchemaWorkbinUpdate = components['schemas']['WorkbinUpdate'];
export type SchemaWorkbinVersion = components['schemas']['WorkbinVersion'];
export type SchemaWorkbinVersionListing = components['schemas']['WorkbinVersionListing'];
export type SchemaWorkitem = components['schemas']['Workitem'];
export type SchemaWorkitemChangeListing = components['schemas']['WorkitemChangeListing'];
export type SchemaWorkitemCommonCreate = components['schemas']['WorkitemCommonCreate'];
export type SchemaWorkitemCreate = components['schemas']['WorkitemCreate'];
export type SchemaWorkitemDateBasedCondition = components['schemas']['WorkitemDateBasedCondition'];
export type SchemaWorkitemDateBasedConditionUpdate = components['schemas']['WorkitemDateBasedConditionUpdate'];
export type SchemaWorkitemDateBasedRule = components['schemas']['WorkitemDateBasedRule'];
export type SchemaWorkitemDateBasedRuleCreate = components['schemas']['WorkitemDateBasedRuleCreate'];
export type SchemaWorkitemDateBasedRuleListing = components['schemas']['WorkitemDateBasedRuleListing'];
export type SchemaWorkitemDateBasedRuleUpdate = components['schemas']['WorkitemDateBasedRuleUpdate'];
export type SchemaWorkitemDelta = components['schemas']['WorkitemDelta'];
export type SchemaWorkitemFilter = components['schemas']['WorkitemFilter'];
export type SchemaWorkitemFlowReference = components['schemas']['WorkitemFlowReference'];
export type SchemaWorkitemLanguageReference = components['schemas']['WorkitemLanguageReference'];
export type SchemaWorkitemManualAssign = components['schemas']['WorkitemManualAssign'];
export type SchemaWorkitemOnAttributeChangeCondition = components['schemas']['WorkitemOnAttributeChangeCondition'];
export type SchemaWorkitemOnAttributeChangeConditionUpdate = components['schemas']['WorkitemOnAttributeChangeConditionUpdate'];
export type SchemaWorkitemOnAttributeChangeRule = components['schemas']['WorkitemOnAttributeChangeRule'];
export type SchemaWorkitemOnAttributeChangeRuleCreate = components['schemas']['WorkitemOnAttributeChangeRuleCreate'];
export type SchemaWorkitemOnAttributeChangeRuleListing = components['schemas']['WorkitemOnAttributeChangeRuleListing'];
export type SchemaWorkitemOnAttributeChangeRuleUpdate = components['schemas']['WorkitemOnAttributeChangeRuleUpdate'];
export type SchemaWorkitemOnCreateRule = components['schemas']['WorkitemOnCreateRule'];
export type SchemaWorkitemOnCreateRuleCreate = components['schemas']['WorkitemOnCreateRuleCreate'];
export type SchemaWorkitemOnCreateRuleListing = components['schemas']['WorkitemOnCreateRuleListing'];
export type SchemaWorkitemOnCreateRuleUpdate = components['schemas']['WorkitemOnCreateRuleUpdate'];
export type SchemaWorkitemPagedEntityListing = components['schemas']['WorkitemPagedEntityListing'];
export type SchemaWorkitemPostQueryEntityListing = components['schemas']['WorkitemPostQueryEntityListing'];
export type SchemaWorkitemQueryJobCreate = components['schemas']['WorkitemQueryJobCreate'];
export type SchemaWorkitemQueryJobError = components['schemas']['WorkitemQueryJobError'];
export type SchemaWorkitemQueryJobFilter = components['schemas']['WorkitemQueryJobFilter'];
export type SchemaWorkitemQueryJobQueryFilters = components['schemas']['WorkitemQueryJobQueryFilters'];
export type SchemaWorkitemQueryJobQueryFiltersCriteria = components['schemas']['WorkitemQueryJobQueryFiltersCriteria'];
export type SchemaWorkitemQueryJobQueryFiltersPredicate = components['schemas']['WorkitemQueryJobQueryFiltersPredicate'];
export type SchemaWorkitemQueryJobResponse = components['schemas']['WorkitemQueryJobResponse'];
export type SchemaWorkitemQueryJobSort = components['schemas']['WorkitemQueryJobSort'];
export type SchemaWorkitemQueryPostRequest = components['schemas']['WorkitemQueryPostRequest'];
export type SchemaWorkitemQuerySort = components['schemas']['WorkitemQuerySort'];
export type SchemaWorkitemQueueReference = components['schemas']['WorkitemQueueReference'];
export type SchemaWorkitemReference = components['schemas']['WorkitemReference'];
export type SchemaWorkitemRoutingSkillReference = components['schemas']['WorkitemRoutingSkillReference'];
export type SchemaWorkitemRuleAction = components['schemas']['WorkitemRuleAction'];
export type SchemaWorkitemRuleSettings = components['schemas']['WorkitemRuleSettings'];
export type SchemaWorkitemsAttributeChangeBoolean = components['schemas']['WorkitemsAttributeChangeBoolean'];
export type SchemaWorkitemsAttributeChangeInstant = components['schemas']['WorkitemsAttributeChangeInstant'];
export type SchemaWorkitemsAttributeChangeInteger = components['schemas']['WorkitemsAttributeChangeInteger'];
export type SchemaWorkitemsAttributeChangeList = components['schemas']['WorkitemsAttributeChangeList'];
export type SchemaWorkitemsAttributeChangeListWorkitemScoredAgentDelta = components['schemas']['WorkitemsAttributeChangeListWorkitemScoredAgentDelta'];
export type SchemaWorkitemsAttributeChangeMap = components['schemas']['WorkitemsAttributeChangeMap'];
export type SchemaWorkitemsAttributeChangeString = components['schemas']['WorkitemsAttributeChangeString'];
export type SchemaWorkitemsAttributeChangeWorkitemRuleSettings = components['schemas']['WorkitemsAttributeChangeWorkitemRuleSettings'];
export type SchemaWorkitemsAttributeChangeWorkitemStatusCategory = components['schemas']['WorkitemsAttributeChangeWorkitemStatusCategory'];
export type SchemaWorkitemsAttributeChangeWrapupDelta = components['schemas']['WorkitemsAttributeChangeWrapupDelta'];
export type SchemaWorkitemsChangeWorkbinDelta = components['schemas']['WorkitemsChangeWorkbinDelta'];
export type SchemaWorkitemsChangeWorkitemDelta = components['schemas']['WorkitemsChangeWorkitemDelta'];
export type SchemaWorkitemsChangeWorktypeDelta = components['schemas']['WorkitemsChangeWorktypeDelta'];
export type SchemaWorkitemSchema = components['schemas']['WorkitemSchema'];
export type SchemaWorkitemScoredAgent = components['schemas']['WorkitemScoredAgent'];
export type SchemaWorkitemScoredAgentDelta = components['schemas']['WorkitemScoredAgentDelta'];
export type SchemaWorkitemScoredAgentRequest = components['schemas']['WorkitemScoredAgentRequest'];
export type SchemaWorkitemScriptReference = components['schemas']['WorkitemScriptReference'];
export type SchemaWorkitemStatus = components['schemas']['WorkitemStatus'];
export type SchemaWorkitemStatusCreate = components['schemas']['WorkitemStatusCreate'];
export type SchemaWorkitemStatusListing = components['schemas']['WorkitemStatusListing'];
export type SchemaWorkitemStatusReference = components['schemas']['WorkitemStatusReference'];
export type SchemaWorkitemStatusUpdate = components['schemas']['WorkitemStatusUpdate'];
export type SchemaWorkitemTerminate = components['schemas']['WorkitemTerminate'];
export type SchemaWorkitemUpdate = components['schemas']['WorkitemUpdate'];
export type SchemaWorkitemUtilizationLabelReference = components['schemas']['WorkitemUtilizationLabelReference'];
export type SchemaWorkitemVersion = components['schemas']['WorkitemVersion'];
export type SchemaWorkitemVersionListing = components['schemas']['WorkitemVersionListing'];
export type SchemaWorkitemWrapup = components['schemas']['WorkitemWrapup'];
export type SchemaWorkitemWrapupEntityListing = components['schemas']['WorkitemWrapupEntityListing'];
export type SchemaWorkitemWrapupUpdate = components['schemas']['WorkitemWrapupUpdate'];
export type SchemaWorktype = components['schemas']['Worktype'];
export type SchemaWorktypeChangeListing = components['schemas']['WorktypeChangeListing'];
export type SchemaWorktypeCreate = components['schemas']['WorktypeCreate'];
export type SchemaWorktypeDelta = components['schemas']['WorktypeDelta'];
export type SchemaWorktypeQueryEntityListing = components['schemas']['WorktypeQueryEntityListing'];
export type SchemaWorktypeQueryRequest = components['schemas']['WorktypeQueryRequest'];
export type SchemaWorktypeQuerySort = components['schemas']['WorktypeQuerySort'];
export type SchemaWorktypeReference = components['schemas']['WorktypeReference'];
export type SchemaWorktypeUpdate = components['schemas']['WorktypeUpdate'];
export type SchemaWorktypeVersion = components['schemas']['WorktypeVersion'];
export type SchemaWorktypeVersionListing = components['schemas']['WorktypeVersionListing'];
export type SchemaWrapupDelta = components['schemas']['WrapupDelta'];
export type SchemaWrapupIdReference = components['schemas']['WrapupIdReference'];
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
    postTaskmanagementWorkbins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Workbin */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkbinCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workbin"];
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
    getTaskmanagementWorkbin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workbin ID */
                workbinId: string;
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
                    "application/json": components["schemas"]["Workbin"];
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
    deleteTaskmanagementWorkbin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workbin ID */
                workbinId: string;
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
    patchTaskmanagementWorkbin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workbin ID */
                workbinId: string;
            };
            cookie?: never;
        };
        /** @description Json with attributes and their new values: {description:new description, name:new name}. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkbinUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workbin"];
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
    getTaskmanagementWorkbinHistory: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Workbin ID */
                workbinId: string;
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
                    "application/json": components["schemas"]["WorkbinChangeListing"];
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
    getTaskmanagementWorkbinVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Workbin ID */
                workbinId: string;
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
                    "application/json": components["schemas"]["WorkbinVersionListing"];
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
    getTaskmanagementWorkbinVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workbin version */
                entityVersion: number;
                /** @description Workbin ID */
                workbinId: string;
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
                    "application/json": components["schemas"]["WorkbinVersion"];
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
    postTaskmanagementWorkbinsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description QueryPostRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkbinQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkbinQueryEntityListing"];
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
    postTaskmanagementWorkitems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Workitem */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workitem"];
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
    getTaskmanagementWorkitem: {
        parameters: {
            query?: {
                /** @description Which fields to expand. Comma separated if more than one. */
                expands?: string[];
            };
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
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
                    "application/json": components["schemas"]["Workitem"];
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
    deleteTaskmanagementWorkitem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
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
    patchTaskmanagementWorkitem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
            };
            cookie?: never;
        };
        /** @description Workitem */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workitem"];
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
    postTaskmanagementWorkitemAcdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
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
                    "application/json": components["schemas"]["Workitem"];
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
    patchTaskmanagementWorkitemAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
            };
            cookie?: never;
        };
        /** @description Targeted user */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemManualAssign"];
            };
        };
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
    postTaskmanagementWorkitemDisconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
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
                    "application/json": components["schemas"]["Workitem"];
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
    getTaskmanagementWorkitemHistory: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
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
                    "application/json": components["schemas"]["WorkitemChangeListing"];
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
    postTaskmanagementWorkitemTerminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
            };
            cookie?: never;
        };
        /** @description Terminated request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WorkitemTerminate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workitem"];
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
    getTaskmanagementWorkitemUserWrapups: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Which fields, if any, to expand. */
                expands?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 50. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the user */
                userId: string;
                /** @description The ID of the Workitem. */
                workitemId: string;
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
                    "application/json": components["schemas"]["WorkitemWrapupEntityListing"];
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
    patchTaskmanagementWorkitemUserWrapups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the user */
                userId: string;
                /** @description The ID of the Workitem. */
                workitemId: string;
            };
            cookie?: never;
        };
        /** @description Request body to add/remove a wrapup code for a workitem */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemWrapupUpdate"];
            };
        };
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
    patchTaskmanagementWorkitemUsersMeWrapups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Workitem. */
                workitemId: string;
            };
            cookie?: never;
        };
        /** @description Request body to add/remove the wrapup code for workitem */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemWrapupUpdate"];
            };
        };
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
    getTaskmanagementWorkitemVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Workitem ID */
                workitemId: string;
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
                    "application/json": components["schemas"]["WorkitemVersionListing"];
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
    getTaskmanagementWorkitemVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workitem version */
                entityVersion: number;
                /** @description Workitem ID */
                workitemId: string;
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
                    "application/json": components["schemas"]["WorkitemVersion"];
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
    getTaskmanagementWorkitemWrapups: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Which fields, if any, to expand. */
                expands?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 50. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the Workitem. */
                workitemId: string;
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
                    "application/json": components["schemas"]["WorkitemWrapupEntityListing"];
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
    postTaskmanagementWorkitemsBulkAddJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Bulk job definition. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobAddRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
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
    getTaskmanagementWorkitemsBulkAddJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
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
                    "application/json": components["schemas"]["BulkJob"];
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
    deleteTaskmanagementWorkitemsBulkAddJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
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
    patchTaskmanagementWorkitemsBulkAddJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
            };
            cookie?: never;
        };
        /** @description Bulk add job update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
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
    getTaskmanagementWorkitemsBulkAddJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
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
                    "application/json": components["schemas"]["BulkJobAddResponse"];
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
    getTaskmanagementWorkitemsBulkJobsUsersMe: {
        parameters: {
            query?: {
                /** @description The bulk job action. */
                action?: string;
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
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
                    "application/json": components["schemas"]["BulkJobsListing"];
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
    postTaskmanagementWorkitemsBulkTerminateJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Bulk job definition. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobTerminateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
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
    getTaskmanagementWorkitemsBulkTerminateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
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
                    "application/json": components["schemas"]["BulkJob"];
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
    deleteTaskmanagementWorkitemsBulkTerminateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
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
    patchTaskmanagementWorkitemsBulkTerminateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
            };
            cookie?: never;
        };
        /** @description Bulk job update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
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
    getTaskmanagementWorkitemsBulkTerminateJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bulk job id */
                bulkJobId: string;
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
                    "application/json": components["schemas"]["BulkJobTerminateResultsResponse"];
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
    postTaskmanagementWorkitemsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description WorkitemQueryPostRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemQueryPostRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemPostQueryEntityListing"];
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
    postTaskmanagementWorkitemsQueryJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description WorkitemQueryJobCreate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemQueryJobCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemQueryJobResponse"];
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
    getTaskmanagementWorkitemsQueryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
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
                    "application/json": components["schemas"]["WorkitemQueryJobResponse"];
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
    getTaskmanagementWorkitemsQueryJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
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
                    "application/json": components["schemas"]["WorkitemPagedEntityListing"];
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
    getTaskmanagementWorkitemsSchemas: {
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
                    "application/json": components["schemas"]["DataSchemaListing"];
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
    postTaskmanagementWorkitemsSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Schema */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSchema"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSchema"];
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
    getTaskmanagementWorkitemsSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
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
                    "application/json": components["schemas"]["DataSchema"];
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
    putTaskmanagementWorkitemsSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
            };
            cookie?: never;
        };
        /** @description Data Schema */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSchema"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSchema"];
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
    deleteTaskmanagementWorkitemsSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
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
    getTaskmanagementWorkitemsSchemaVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
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
                    "application/json": components["schemas"]["DataSchemaListing"];
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
    getTaskmanagementWorkitemsSchemaVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
                /** @description Schema version */
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
                    "application/json": components["schemas"]["DataSchema"];
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
    getTaskmanagementWorkitemsSchemasCoretypes: {
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
                    "application/json": components["schemas"]["CoretypeListing"];
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
    getTaskmanagementWorkitemsSchemasCoretype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name of the core type */
                coreTypeName: string;
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
                    "application/json": components["schemas"]["Coretype"];
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
    getTaskmanagementWorkitemsSchemasLimits: {
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
                    "application/json": components["schemas"]["SchemaQuantityLimits"];
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
    postTaskmanagementWorktypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Worktype */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorktypeCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worktype"];
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
    getTaskmanagementWorktype: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expands?: string[];
            };
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["Worktype"];
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
    deleteTaskmanagementWorktype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
    patchTaskmanagementWorktype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Worktype */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorktypeUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worktype"];
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
    getTaskmanagementWorktypeFlowsDatebasedRules: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemDateBasedRuleListing"];
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
    postTaskmanagementWorktypeFlowsDatebasedRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemDateBasedRuleCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemDateBasedRule"];
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
    getTaskmanagementWorktypeFlowsDatebasedRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemDateBasedRule"];
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
    deleteTaskmanagementWorktypeFlowsDatebasedRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
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
    patchTaskmanagementWorktypeFlowsDatebasedRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemDateBasedRuleUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemDateBasedRule"];
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
    getTaskmanagementWorktypeFlowsOnattributechangeRules: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemOnAttributeChangeRuleListing"];
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
    postTaskmanagementWorktypeFlowsOnattributechangeRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemOnAttributeChangeRuleCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemOnAttributeChangeRule"];
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
    getTaskmanagementWorktypeFlowsOnattributechangeRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemOnAttributeChangeRule"];
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
    deleteTaskmanagementWorktypeFlowsOnattributechangeRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
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
    patchTaskmanagementWorktypeFlowsOnattributechangeRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemOnAttributeChangeRuleUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemOnAttributeChangeRule"];
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
    getTaskmanagementWorktypeFlowsOncreateRules: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemOnCreateRuleListing"];
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
    postTaskmanagementWorktypeFlowsOncreateRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemOnCreateRuleCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemOnCreateRule"];
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
    getTaskmanagementWorktypeFlowsOncreateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemOnCreateRule"];
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
    deleteTaskmanagementWorktypeFlowsOncreateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
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
    patchTaskmanagementWorktypeFlowsOncreateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ruleId */
                ruleId: string;
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemOnCreateRuleUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemOnCreateRule"];
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
    getTaskmanagementWorktypeHistory: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Comma-separated list of fields. The response will contain only versions created as a result of changes to these fields. */
                fields?: string[];
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorktypeChangeListing"];
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
    getTaskmanagementWorktypeStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemStatusListing"];
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
    postTaskmanagementWorktypeStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Status */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemStatusCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemStatus"];
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
    getTaskmanagementWorktypeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Status id */
                statusId: string;
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorkitemStatus"];
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
    deleteTaskmanagementWorktypeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Status id */
                statusId: string;
                /** @description Worktype id */
                worktypeId: string;
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
    patchTaskmanagementWorktypeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Status id */
                statusId: string;
                /** @description Worktype id */
                worktypeId: string;
            };
            cookie?: never;
        };
        /** @description Status */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkitemStatusUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkitemStatus"];
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
    getTaskmanagementWorktypeVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorktypeVersionListing"];
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
    getTaskmanagementWorktypeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worktype version */
                entityVersion: number;
                /** @description Worktype id */
                worktypeId: string;
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
                    "application/json": components["schemas"]["WorktypeVersion"];
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
    postTaskmanagementWorktypesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description QueryPostRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorktypeQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorktypeQueryEntityListing"];
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
