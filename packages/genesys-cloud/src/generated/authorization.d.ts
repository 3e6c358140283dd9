// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/authorization/openapi.yaml (sha256 7b76ea0aa48326ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area authorization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Authorization (59 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const authorization = authorizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function authorizationApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/authorization/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all divisions defined for the organization
         * @description Request specific divisions by id using a query param "id", e.g.  ?id=5f777167-63be-4c24-ad41-374155d9e28b&id=72e9fb25-c484-488d-9312-7acba82435b3
         * @permissions none required
         */
        get: operations["getAuthorizationDivisions"];
        put?: never;
        /**
         * Create a division.
         * @permissions ALL: all of `authorization:division:add`, `authorization:grant:add`
         */
        post: operations["postAuthorizationDivisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/{divisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns an authorization division.
         * @permissions none required
         */
        get: operations["getAuthorizationDivision"];
        /**
         * Update a division.
         * @permissions ANY: `authorization:division:edit`
         */
        put: operations["putAuthorizationDivision"];
        post?: never;
        /**
         * Delete a division.
         * @permissions ANY: `authorization:division:delete`
         */
        delete: operations["deleteAuthorizationDivision"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/{divisionId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all grants for a given division.
         * @description Returns all grants assigned to a given division. Maximum page size is 500.
         * @permissions ANY: `authorization:grant:view`
         */
        get: operations["getAuthorizationDivisionGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/{divisionId}/objects/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a list of objects to a division
         * @description Set the division of a specified list of objects. The objects must all be of the same type, one of:  CAMPAIGN, MANAGEMENTUNIT, FLOW, QUEUE, DATATABLES or USER.  The body of the request is a list of object IDs, which are expected to be  GUIDs, e.g. ["206ce31f-61ec-40ed-a8b1-be6f06303998","250a754e-f5e4-4f51-800f-a92f09d3bf8c"]
         * @permissions none required
         */
        post: operations["postAuthorizationDivisionObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/{divisionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recreate a previously deleted division.
         * @permissions ANY: `authorization:division:add`
         */
        post: operations["postAuthorizationDivisionRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of soft deleted divisions for the org
         * @permissions ANY: `authorization:divisionDeleted:view`
         */
        get: operations["getAuthorizationDivisionsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the home division for the organization.
         * @description Will not include object counts.
         * @permissions none required
         */
        get: operations["getAuthorizationDivisionsHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the maximum allowed number of divisions.
         * @permissions none required
         */
        get: operations["getAuthorizationDivisionsLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisions/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all divisions defined for the organization with cursor
         * @description Use "after" and "before" param to fetch next/previous page}
         * @permissions none required
         */
        get: operations["getAuthorizationDivisionsQuery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisionspermitted/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns which divisions the current user has the given permission in.
         * @description This route is deprecated, use authorization/divisionspermitted/paged/me instead.
         * @deprecated This route is deprecated, use authorization/divisionspermitted/paged/me instead.
         * @permissions none required
         */
        get: operations["getAuthorizationDivisionspermittedMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisionspermitted/paged/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns which divisions the specified user has the given permission in.
         * @description This route is deprecated, use authorization/divisionspermitted/paged/me instead.
         * @deprecated This route is deprecated, use authorization/divisionspermitted/paged/me instead.
         * @permissions none required
         */
        get: operations["getAuthorizationDivisionspermittedPagedSubjectId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/divisionspermitted/paged/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns which divisions the current user has the given permission in.
         * @permissions none required
         */
        get: operations["getAuthorizationDivisionspermittedPagedMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all permissions.
         * @description Retrieve a list of all permission defined in the system.
         * @permissions none required
         */
        get: operations["getAuthorizationPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a page of access policies for an organization
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an access control policy with the specified policy ID
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPolicy"];
        /**
         * Update an access control policy with a given ID
         * @permissions ANY: `authorization:policy:add`
         */
        put: operations["putAuthorizationPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/{policyId}/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of attributes used to evaluate an access control policy with the specified policy ID
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPolicyAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/{policyId}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a request and evaluate the specified policy ID against the provided values
         * @permissions ANY: `authorization:policy:view`
         */
        post: operations["postAuthorizationPolicySimulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/subject/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a page of access policies for a given subject
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPoliciesSubjectSubjectId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a map of policy targets to valid attributes for those targets
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPoliciesTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/targets/{targetName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a page of access policies for a given policy target
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPoliciesTarget"];
        /**
         * Add an access control policy for a specified resource target and subject, overwriting any existing policy
         * @permissions ANY: any one of `authorization:policy:edit`, `authorization:policy:add`
         */
        put: operations["putAuthorizationPoliciesTarget"];
        /**
         * Add an access control policy for a specified resource target and subject
         * @permissions ANY: `authorization:policy:add`
         */
        post: operations["postAuthorizationPoliciesTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/targets/{targetName}/subject/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an access control policy for a specified resource target and subject
         * @permissions ANY: `authorization:policy:view`
         */
        get: operations["getAuthorizationPoliciesTargetSubjectSubjectId"];
        put?: never;
        post?: never;
        /**
         * Delete an access control policy
         * @permissions ANY: `authorization:policy:delete`
         */
        delete: operations["deleteAuthorizationPoliciesTargetSubjectSubjectId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/policies/targets/{targetName}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate the conditions and attributes of an access control policy for a specified resource target
         * @permissions ANY: `authorization:policy:add`
         */
        post: operations["postAuthorizationPoliciesTargetValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of enabled products
         * @description Gets the list of enabled products. Some example product names are: collaborateFree, collaboratePro, communicate, and engage.
         * @permissions none required
         */
        get: operations["getAuthorizationProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all roles defined for the organization
         * @permissions ANY: `authorization:role:view`
         */
        get: operations["getAuthorizationRoles"];
        put?: never;
        /**
         * Create an organization role.
         * @permissions ANY: `authorization:role:add`
         */
        post: operations["postAuthorizationRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/{leftRoleId}/comparedefault/{rightRoleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an org role to default role comparison
         * @description Compares any organization role to a default role id and show differences
         * @permissions ANY: `authorization:role:view`
         */
        get: operations["getAuthorizationRoleComparedefaultRightRoleId"];
        put?: never;
        /**
         * Get an unsaved org role to default role comparison
         * @description Allows users to compare their existing roles in an unsaved state to its default role
         * @permissions ANY: `authorization:role:view`
         */
        post: operations["postAuthorizationRoleComparedefaultRightRoleId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single organization role.
         * @description Get the organization role specified by its ID.
         * @permissions ANY: `authorization:role:view`
         */
        get: operations["getAuthorizationRole"];
        /**
         * Update an organization role.
         * @description Update
         * @permissions ANY: `authorization:role:edit`
         */
        put: operations["putAuthorizationRole"];
        /**
         * Bulk-grant subjects and divisions with an organization role.
         * @permissions ALL: `authorization:grant:add`
         */
        post: operations["postAuthorizationRole"];
        /**
         * Delete an organization role.
         * @permissions ANY: `authorization:role:delete`
         */
        delete: operations["deleteAuthorizationRole"];
        options?: never;
        head?: never;
        /**
         * Patch Organization Role for needsUpdate Field
         * @description Patch Organization Role for needsUpdate Field
         * @permissions ANY: `authorization:role:edit`
         */
        patch: operations["patchAuthorizationRole"];
        trace?: never;
    };
    "/api/v2/authorization/roles/{roleId}/subjectgrants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the subjects' granted divisions in the specified role.
         * @description Includes the divisions for which the subject has a grant.
         * @permissions ANY: `authorization:role:view`
         */
        get: operations["getAuthorizationRoleSubjectgrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/{roleId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of the users in a specified role.
         * @description Get an array of the UUIDs of the users in the specified role.
         * @permissions none required
         */
        get: operations["getAuthorizationRoleUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/{roleId}/users/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets the users for the role
         * @permissions ANY: `authorization:grant:add`
         */
        put: operations["putAuthorizationRoleUsersAdd"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/{roleId}/users/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Removes the users from the role
         * @permissions ANY: `authorization:grant:delete`
         */
        put: operations["putAuthorizationRoleUsersRemove"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Restore specified default roles
         * @permissions ANY: `authorization:role:edit`
         */
        put: operations["putAuthorizationRolesDefault"];
        /**
         * Restores all default roles
         * @description This endpoint serves several purposes. 1. It provides the org with default roles. This is important for default roles that will be added after go-live (they can retroactively add the new default-role). Note: When not using a query param of force=true, it only adds the default roles not configured for the org; it does not overwrite roles. 2. Using the query param force=true, you can restore all default roles. Note: This does not have an effect on custom roles.
         * @permissions ANY: `authorization:role:edit`
         */
        post: operations["postAuthorizationRolesDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/roles/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get authorization role settings
         * @permissions ANY: any one of `directory:organization:admin`, `authorization:settings:view`
         */
        get: operations["getAuthorizationRolesSettings"];
        /**
         * Change authorization role settings
         * @description Change role settings
         * @permissions ANY: any one of `directory:organization:admin`, `authorization:settings:edit`
         */
        put: operations["putAuthorizationRolesSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get authorization settings
         * @permissions ANY: any one of `directory:organization:admin`, `authorization:settings:view`
         */
        get: operations["getAuthorizationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change authorization settings
         * @description Change authorization settings
         * @permissions ANY: any one of `directory:organization:admin`, `authorization:settings:edit`
         */
        patch: operations["patchAuthorizationSettings"];
        trace?: never;
    };
    "/api/v2/authorization/subjects/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a listing of roles and permissions for a user.
         * @permissions ANY: `authorization:grant:view`
         */
        get: operations["getAuthorizationSubject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/subjects/{subjectId}/bulkadd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk-grant roles and divisions to a subject.
         * @permissions ALL: `authorization:grant:add`
         */
        post: operations["postAuthorizationSubjectBulkadd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/subjects/{subjectId}/bulkremove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk-remove grants from a subject.
         * @permissions ALL: `authorization:grant:delete`
         */
        post: operations["postAuthorizationSubjectBulkremove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/subjects/{subjectId}/bulkreplace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace subject's roles and divisions with the exact list supplied in the request.
         * @description This operation will not remove grants that are inherited from group membership. It will only set the grants directly applied to the subject.
         * @permissions ALL: all of `authorization:grant:add`, `authorization:grant:delete`
         */
        post: operations["postAuthorizationSubjectBulkreplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/subjects/{subjectId}/divisions/{divisionId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a grant of a role in a division
         * @permissions ALL: `authorization:grant:add`
         */
        post: operations["postAuthorizationSubjectDivisionRole"];
        /**
         * Delete a grant of a role in a division
         * @permissions ALL: `authorization:grant:delete`
         */
        delete: operations["deleteAuthorizationSubjectDivisionRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/subjects/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a listing of roles and permissions for the currently authenticated user.
         * @permissions none required
         */
        get: operations["getAuthorizationSubjectsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/authorization/subjects/rolecounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the count of roles granted to a list of subjects
         * @permissions ANY: `authorization:grant:view`
         */
        get: operations["getAuthorizationSubjectsRolecounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{subjectId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a listing of roles and permissions for a user.
         * @permissions ANY: `authorization:grant:view`
         */
        get: operations["getUserRoles"];
        /**
         * Sets the user's roles
         * @permissions ANY: `authorization:grant:add`
         */
        put: operations["putUserRoles"];
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
        Actions: {
            skillsToRemove?: components["schemas"]["SkillsToRemove"][];
        };
        AcwSettings: {
            /**
             * Format: int32
             * @description The amount of time the agent can stay in ACW (Min: 1 sec, Max: 1 day).  Can only be used when ACW is MANDATORY_TIMEOUT or MANDATORY_FORCED_TIMEOUT.
             */
            timeoutMs?: number;
            /**
             * @description This field controls how the UI prompts the agent for a wrapup.
             * @enum {string}
             */
            wrapupPrompt?: "MANDATORY" | "OPTIONAL" | "MANDATORY_TIMEOUT" | "MANDATORY_FORCED_TIMEOUT" | (string & {});
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
        };
        AuthorizationPolicy: {
            active?: boolean;
            applyToClients?: boolean;
            condition?: {
                [key: string]: unknown;
            };
            dateModified?: string;
            description?: string;
            effect: string;
            id?: string;
            name?: string;
            presetAttributes?: {
                [key: string]: components["schemas"]["TypedAttribute"];
            };
            selfUri?: string;
            subject: components["schemas"]["Subject"];
            targetResource?: string;
        };
        AuthorizationPolicyEntityListing: {
            entities?: components["schemas"]["AuthorizationPolicy"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        AuthorizationSettings: {
            analysisDays?: number;
            analysisEnabled?: boolean;
            dateLastActive?: string;
            dateLastCalculated?: string;
            id?: string;
            selfUri?: string;
        };
        AuthzDivision: {
            description: string;
            homeDivision?: boolean;
            id?: string;
            name?: string;
            objectCounts?: {
                [key: string]: number;
            };
            selfUri?: string;
        };
        AuthzDivisionCursorListing: {
            entities?: components["schemas"]["AuthzDivision"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        AuthzDivisionEntityListing: {
            entities?: components["schemas"]["AuthzDivision"][];
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
        AuthzDivisionGrantEntityListing: {
            entities?: components["schemas"]["AuthzGrant"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        AuthzGrant: {
            division?: components["schemas"]["AuthzDivision"];
            grantMadeAt?: string;
            role?: components["schemas"]["AuthzGrantRole"];
            subjectId?: string;
        };
        AuthzGrantPolicy: {
            actions?: string[];
            condition?: string;
            domain?: string;
            entityName?: string;
        };
        AuthzGrantRole: {
            default?: boolean;
            description?: string;
            id?: string;
            name?: string;
            policies?: components["schemas"]["AuthzGrantPolicy"][];
            selfUri?: string;
        };
        AuthzSubject: {
            grants?: components["schemas"]["AuthzGrant"][];
            id?: string;
            name?: string;
            selfUri?: string;
            version?: number;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Bullseye: {
            rings?: components["schemas"]["Ring"][];
        };
        CallbackMediaSettings: {
            alertingTimeoutSeconds?: number;
            answeringMachineFlow?: components["schemas"]["DomainEntityRef"];
            answeringMachineReactionType?: string;
            autoAnswerAlertToneSeconds?: number;
            autoDialDelaySeconds?: number;
            autoEndDelaySeconds?: number;
            edgeGroup?: components["schemas"]["DomainEntityRef"];
            enableAutoAnswer?: boolean;
            enableAutoDialAndEnd?: boolean;
            liveVoiceFlow?: components["schemas"]["DomainEntityRef"];
            liveVoiceReactionType?: string;
            manualAnswerAlertToneSeconds?: number;
            maxRetryCount?: number;
            mode?: string;
            pacingModifier?: number;
            retryDelaySeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            site?: components["schemas"]["DomainEntityRef"];
        };
        CannedResponseLibraries: {
            libraryIds?: string[];
            mode?: string;
        };
        Chat: {
            jabberId?: string;
        };
        ConditionalGroupActivation: {
            pilotRule?: components["schemas"]["ConditionalGroupActivationPilotRule"];
            rules?: components["schemas"]["ConditionalGroupActivationRule"][];
        };
        ConditionalGroupActivationCondition: {
            operator?: string;
            simpleMetric?: components["schemas"]["ConditionalGroupActivationSimpleMetric"];
            value?: number;
        };
        ConditionalGroupActivationPilotRule: {
            conditionExpression?: string;
            conditions?: components["schemas"]["ConditionalGroupActivationCondition"][];
        };
        ConditionalGroupActivationRule: {
            conditionExpression?: string;
            conditions?: components["schemas"]["ConditionalGroupActivationCondition"][];
            groups?: components["schemas"]["MemberGroup"][];
        };
        ConditionalGroupActivationSimpleMetric: {
            metric?: string;
            queue?: components["schemas"]["DomainEntityRef"];
        };
        ConditionalGroupRouting: {
            rules?: components["schemas"]["ConditionalGroupRoutingRule"][];
        };
        ConditionalGroupRoutingRule: {
            conditionValue?: number;
            groups?: components["schemas"]["MemberGroup"][];
            metric?: string;
            operator?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            waitSeconds?: number;
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
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DirectRouting: {
            agentWaitSeconds?: number;
            backupQueueId?: string;
            callMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            emailMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            messageMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            waitForAgent?: boolean;
        };
        DirectRoutingMediaSettings: {
            useAgentAddressOutbound?: boolean;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DivsPermittedEntityListing: {
            allDivsPermitted?: boolean;
            entities?: components["schemas"]["AuthzDivision"][];
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
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainOrganizationProduct: {
            id?: string;
        };
        DomainOrganizationRole: {
            addonLicenses?: string[];
            base?: boolean;
            baseLicense?: string;
            dateLicenseLastUpdated?: string;
            default?: boolean;
            defaultRoleId?: string;
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            permissionPolicies?: components["schemas"]["DomainPermissionPolicy"][];
            permissions?: string[];
            /** @description Optional unless patch operation. */
            roleNeedsUpdate?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            unusedPermissions?: string[];
            /** Format: int32 */
            userCount?: number;
        };
        DomainOrganizationRoleCreate: {
            addonLicenses?: string[];
            base?: boolean;
            baseLicense?: string;
            dateLicenseLastUpdated?: string;
            default?: boolean;
            defaultRoleId?: string;
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The role name */
            name: string;
            permissionPolicies?: components["schemas"]["DomainPermissionPolicy"][];
            permissions?: string[];
            /** @description Optional unless patch operation. */
            roleNeedsUpdate?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            unusedPermissions?: string[];
            /** Format: int32 */
            userCount?: number;
        };
        DomainOrganizationRoleUpdate: {
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The name of the role */
            name: string;
            permissionPolicies?: components["schemas"]["DomainPermissionPolicy"][];
            permissions?: string[];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        DomainOrgRoleDifference: {
            addedPermissionPolicies?: components["schemas"]["DomainPermissionPolicy"][];
            removedPermissionPolicies?: components["schemas"]["DomainPermissionPolicy"][];
            roleFromDefault?: components["schemas"]["DomainOrganizationRole"];
            samePermissionPolicies?: components["schemas"]["DomainPermissionPolicy"][];
            userOrgRole?: components["schemas"]["DomainOrganizationRole"];
        };
        DomainPermission: {
            action?: string;
            allowsConditions?: boolean;
            divisionAware?: boolean;
            domain?: string;
            entityType?: string;
            label?: string;
        };
        DomainPermissionCollection: {
            domain?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            permissionMap?: {
                [key: string]: components["schemas"]["DomainPermission"][];
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        DomainPermissionPolicy: {
            actionSet?: string[];
            allowConditions?: boolean;
            domain?: string;
            entityName?: string;
            namedResources?: string[];
            policyDescription?: string;
            policyName?: string;
            resourceConditionNode?: components["schemas"]["DomainResourceConditionNode"];
        };
        DomainResourceConditionNode: {
            /** @enum {string} */
            conjunction?: "AND" | "OR" | (string & {});
            operands?: components["schemas"]["DomainResourceConditionValue"][];
            /** @enum {string} */
            operator?: "EQ" | "IN" | "GE" | "GT" | "LE" | "LT" | (string & {});
            terms?: components["schemas"]["DomainResourceConditionNode"][];
            variableName?: string;
        };
        DomainResourceConditionValue: {
            queue?: components["schemas"]["QueueFullReference"];
            team?: components["schemas"]["TeamFullReference"];
            /** @enum {string} */
            type?: "SCALAR" | "VARIABLE" | "USER" | "QUEUE" | (string & {});
            user?: components["schemas"]["UserFullReference"];
            value?: string;
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
        EmailAddress: {
            email?: string;
            name?: string;
        };
        EmailMediaSettings: {
            alertingTimeoutSeconds?: number;
            allOutboundEmailAddresses?: components["schemas"]["QueueEmailAddress"][];
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
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
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
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
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        InactivityTimeoutSettings: {
            actionType?: string;
            flowId?: components["schemas"]["DomainEntityRef"];
            timeoutSeconds?: number;
        };
        InboundRoute: {
            allowMultipleActions?: boolean;
            autoBcc?: components["schemas"]["EmailAddress"][];
            flow?: components["schemas"]["DomainEntityRef"];
            /** @description The sender email to use for outgoing replies. */
            fromEmail?: string;
            /** @description The sender name to use for outgoing replies. */
            fromName: string;
            historyInclusion?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            language?: components["schemas"]["DomainEntityRef"];
            mailboxFolders?: string[];
            name?: string;
            /** @description The search pattern that the mailbox name should match. */
            pattern: string;
            /**
             * Format: int32
             * @description The priority to use for routing.
             */
            priority?: number;
            queue?: components["schemas"]["DomainEntityRef"];
            replyEmailAddress?: components["schemas"]["QueueEmailAddress"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signature?: components["schemas"]["Signature"];
            /** @description The skills to use for routing. */
            skills?: components["schemas"]["DomainEntityRef"][];
            spamFlow?: components["schemas"]["DomainEntityRef"];
            status?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
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
        MediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
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
        MemberGroup: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        MessageMediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
            inactivityTimeoutSettings?: components["schemas"]["InactivityTimeoutSettings"];
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            subTypeSettings?: {
                [key: string]: components["schemas"]["MessageSubtypeSettings"];
            };
        };
        MessageSubtypeSettings: {
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
        };
        OrganizationProductEntityListing: {
            entities?: components["schemas"]["DomainOrganizationProduct"][];
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: int64 */
            total?: number;
        };
        OrganizationRoleEntityListing: {
            entities?: components["schemas"]["DomainOrganizationRole"][];
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
        Page: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            rootContainer?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            versionId?: string;
        };
        PermissionCollectionEntityListing: {
            entities?: components["schemas"]["DomainPermissionCollection"][];
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
        PolicyAttribute: {
            description?: string;
            featureToggle?: string;
            name?: string;
            type?: string;
        };
        PolicyAttributeSet: {
            id?: string;
            name?: string;
            policyAttributes?: components["schemas"]["PolicyAttribute"][];
            presetAttributes?: {
                [key: string]: components["schemas"]["TypedAttribute"];
            };
            selfUri?: string;
        };
        PolicyConditionResult: {
            name?: string;
            result?: boolean;
        };
        PolicyTestPayload: {
            attributeData: {
                [key: string]: components["schemas"]["TypedAttribute"];
            };
        };
        PolicyTestResult: {
            id?: string;
            name?: string;
            policyConditionResults?: components["schemas"]["PolicyConditionResult"][];
            result?: string;
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
        QueueEmailAddress: {
            domain?: components["schemas"]["DomainEntityRef"];
            route?: components["schemas"]["InboundRoute"];
        };
        QueueFullReference: {
            acwSettings?: components["schemas"]["AcwSettings"];
            agentOwnedRouting?: components["schemas"]["AgentOwnedRouting"];
            autoAnswerOnly?: boolean;
            bullseye?: components["schemas"]["Bullseye"];
            callingPartyName?: string;
            callingPartyNumber?: string;
            cannedResponseLibraries?: components["schemas"]["CannedResponseLibraries"];
            conditionalGroupActivation?: components["schemas"]["ConditionalGroupActivation"];
            conditionalGroupRouting?: components["schemas"]["ConditionalGroupRouting"];
            createdBy?: string;
            dateCreated?: string;
            dateModified?: string;
            defaultMediaLanguage?: string;
            defaultScripts?: {
                [key: string]: components["schemas"]["Script"];
            };
            description?: string;
            directRouting?: components["schemas"]["DirectRouting"];
            division?: components["schemas"]["Division"];
            emailInQueueFlow?: components["schemas"]["DomainEntityRef"];
            enableAudioMonitoring?: boolean;
            enableManualAssignment?: boolean;
            enableTranscription?: boolean;
            id?: string;
            joinedMemberCount?: number;
            lastAgentRoutingMode?: string;
            mediaSettings?: components["schemas"]["QueueMediaSettings"];
            memberCount?: number;
            memberGroups?: components["schemas"]["MemberGroup"][];
            messageInQueueFlow?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            name?: string;
            onHoldPrompt?: components["schemas"]["DomainEntityRef"];
            outboundEmailAddress?: components["schemas"]["QueueEmailAddress"];
            outboundMessagingAddresses?: components["schemas"]["QueueMessagingAddresses"];
            peerId?: string;
            queueFlow?: components["schemas"]["DomainEntityRef"];
            routingRules?: components["schemas"]["RoutingRule"][];
            scoringMethod?: string;
            selfUri?: string;
            skillEvaluationMethod?: string;
            suppressInQueueCallRecording?: boolean;
            userMemberCount?: number;
            whisperPrompt?: components["schemas"]["DomainEntityRef"];
        };
        QueueMediaSettings: {
            call?: components["schemas"]["MediaSettings"];
            callback?: components["schemas"]["CallbackMediaSettings"];
            chat?: components["schemas"]["MediaSettings"];
            email?: components["schemas"]["EmailMediaSettings"];
            message?: components["schemas"]["MessageMediaSettings"];
        };
        QueueMessagingAddresses: {
            openMessagingRecipient?: components["schemas"]["DomainEntityRef"];
            smsAddress?: components["schemas"]["DomainEntityRef"];
            whatsAppRecipient?: components["schemas"]["DomainEntityRef"];
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
        Ring: {
            actions?: components["schemas"]["Actions"];
            expansionCriteria?: components["schemas"]["ExpansionCriterium"][];
            memberGroups?: components["schemas"]["MemberGroup"][];
        };
        RoleDivisionGrants: {
            grants: components["schemas"]["RoleDivisionPair"][];
        };
        RoleDivisionPair: {
            divisionId: string;
            roleId: string;
        };
        RoleSettings: {
            authorizationGrantDivisionAware?: boolean;
            backfillEnabled?: boolean;
            id?: string;
            selfUri?: string;
        };
        RoutingRule: {
            operator?: string;
            threshold?: number;
            waitSeconds?: number;
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
        Script: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            customActions?: {
                [key: string]: unknown;
            };
            division?: components["schemas"]["Division"];
            features?: {
                [key: string]: unknown;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            pages?: components["schemas"]["Page"][];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            publishedDate?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            startPageId?: string;
            startPageName?: string;
            variables?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            versionDate?: string;
            versionId?: string;
        };
        ServiceLevel: {
            /** Format: int64 */
            durationMs?: number;
            /** Format: double */
            percentage?: number;
        };
        Signature: {
            alwaysIncluded?: boolean;
            cannedResponseId?: string;
            enabled?: boolean;
            inclusionType?: string;
        };
        SkillsToRemove: {
            id?: string;
            name?: string;
            /** Format: uri */
            selfUri?: string;
        };
        Subject: {
            id?: string;
            type?: string;
        };
        SubjectDivisionGrants: {
            divisions?: components["schemas"]["Division"][];
            id?: string;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        SubjectDivisionGrantsEntityListing: {
            entities?: components["schemas"]["SubjectDivisionGrants"][];
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
        SubjectDivisions: {
            divisionIds: string[];
            subjectIds: string[];
        };
        TargetAttributes: {
            baseAttributes?: components["schemas"]["PolicyAttribute"][];
            targetAttributes?: {
                [key: string]: components["schemas"]["TargetAttributeValue"];
            };
        };
        TargetAttributeValue: {
            description?: string;
            policyAttributes?: components["schemas"]["PolicyAttribute"][];
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
        TeamFullReference: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
        };
        TypedAttribute: {
            type?: string;
            value?: string;
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
        UserFullReference: {
            acdAutoAnswer?: boolean;
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
            groups?: components["schemas"]["Group"][];
            id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            primaryContactInfo?: components["schemas"]["Contact"][];
            profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            selfUri?: string;
            skills?: components["schemas"]["UserRoutingSkill"][];
            state?: string;
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
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
        UserReferenceEntityListing: {
            entities?: components["schemas"]["UserReference"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
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
        ValidationErrorListing: {
            entities?: components["schemas"]["ValidationErrorResponse"][];
        };
        ValidationErrorResponse: {
            arguments?: {
                [key: string]: string;
            };
            errorType?: string;
            message?: string;
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
export type SchemaActions = components['schemas']['Actions'];
export type SchemaAcwSettings = components['schemas']['AcwSettings'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAuthorizationPolicy = components['schemas']['AuthorizationPolicy'];
export type SchemaAuthorizationPolicyEntityListing = components['schemas']['AuthorizationPolicyEntityListing'];
export type SchemaAuthorizationSettings = components['schemas']['AuthorizationSettings'];
export type SchemaAuthzDivision = components['schemas']['AuthzDivision'];
export type SchemaAuthzDivisionCursorListing = components['schemas']['AuthzDivisionCursorListing'];
export type SchemaAuthzDivisionEntityListing = components['schemas']['AuthzDivisionEntityListing'];
export type SchemaAuthzDivisionGrantEntityListing = components['schemas']['AuthzDivisionGrantEntityListing'];
export type SchemaAuthzGrant = components['schemas']['AuthzGrant'];
export type SchemaAuthzGrantPolicy = components['schemas']['AuthzGrantPolicy'];
export type SchemaAuthzGrantRole = components['schemas']['AuthzGrantRole'];
export type SchemaAuthzSubject = components['schemas']['AuthzSubject'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDivsPermittedEntityListing = components['schemas']['DivsPermittedEntityListing'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainOrganizationProduct = components['schemas']['DomainOrganizationProduct'];
export type SchemaDomainOrganizationRole = components['schemas']['DomainOrganizationRole'];
export type SchemaDomainOrganizationRoleCreate = components['schemas']['DomainOrganizationRoleCreate'];
export type SchemaDomainOrganizationRoleUpdate = components['schemas']['DomainOrganizationRoleUpdate'];
export type SchemaDomainOrgRoleDifference = components['schemas']['DomainOrgRoleDifference'];
export type SchemaDomainPermission = components['schemas']['DomainPermission'];
export type SchemaDomainPermissionCollection = components['schemas']['DomainPermissionCollection'];
export type SchemaDomainPermissionPolicy = components['schemas']['DomainPermissionPolicy'];
export type SchemaDomainResourceConditionNode = components['schemas']['DomainResourceConditionNode'];
export type SchemaDomainResourceConditionValue = components['schemas']['DomainResourceConditionValue'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOrganizationProductEntityListing = components['schemas']['OrganizationProductEntityListing'];
export type SchemaOrganizationRoleEntityListing = components['schemas']['OrganizationRoleEntityListing'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPermissionCollectionEntityListing = components['schemas']['PermissionCollectionEntityListing'];
export type SchemaPolicyAttribute = components['schemas']['PolicyAttribute'];
export type SchemaPolicyAttributeSet = components['schemas']['PolicyAttributeSet'];
export type SchemaPolicyConditionResult = components['schemas']['PolicyConditionResult'];
export type SchemaPolicyTestPayload = components['schemas']['PolicyTestPayload'];
export type SchemaPolicyTestResult = components['schemas']['PolicyTestResult'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueFullReference = components['schemas']['QueueFullReference'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoleDivisionGrants = components['schemas']['RoleDivisionGrants'];
export type SchemaRoleDivisionPair = components['schemas']['RoleDivisionPair'];
export type SchemaRoleSettings = components['schemas']['RoleSettings'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaSubject = components['schemas']['Subject'];
export type SchemaSubjectDivisionGrants = components['schemas']['SubjectDivisionGrants'];
export type SchemaSubjectDivisionGrantsEntityListing = components['schemas']['SubjectDivisionGrantsEntityListing'];
export type SchemaSubjectDivisions = components['schemas']['SubjectDivisions'];
export type SchemaTargetAttributes = components['schemas']['TargetAttributes'];
export type SchemaTargetAttributeValue = components['schemas']['TargetAttributeValue'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTeamFullReference = components['schemas']['TeamFullReference'];
export type SchemaTypedAttribute = components['schemas']['TypedAttribute'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserFullReference = components['schemas']['UserFullReference'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserReferenceEntityListing = components['schemas']['UserReferenceEntityListing'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaValidationErrorListing = components['schemas']['ValidationErrorListing'];
export type SchemaValidationErrorResponse = components['schemas']['ValidationErrorResponse'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
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
    getAuthorizationDivisions: {
        parameters: {
            query?: {
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description Optionally request specific divisions by their IDs */
                id?: string[];
                /** @description Search term to filter by division name */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description Include the count of objects contained in the division */
                objectCount?: boolean;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
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
                    "application/json": components["schemas"]["AuthzDivisionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationDivisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Division */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthzDivision"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthzDivision"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivision: {
        parameters: {
            query?: {
                /** @description Get count of objects in this division, grouped by type */
                objectCount?: boolean;
            };
            header?: never;
            path: {
                /** @description Division ID */
                divisionId: string;
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
                    "application/json": components["schemas"]["AuthzDivision"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationDivision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Division ID */
                divisionId: string;
            };
            cookie?: never;
        };
        /** @description Updated division data */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthzDivision"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthzDivision"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteAuthorizationDivision: {
        parameters: {
            query?: {
                /** @description DEPRECATED -  Force delete this division. Warning: This option may cause any remaining objects in this division to be inaccessible. */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description Division ID */
                divisionId: string;
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
    getAuthorizationDivisionGrants: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Division ID */
                divisionId: string;
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
                    "application/json": components["schemas"]["AuthzDivisionGrantEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationDivisionObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Division ID */
                divisionId: string;
                /** @description The type of the objects. Must be one of the valid object types */
                objectType: string;
            };
            cookie?: never;
        };
        /** @description Object Id List */
        requestBody: {
            content: {
                "application/json": string[];
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
    postAuthorizationDivisionRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Division ID */
                divisionId: string;
            };
            cookie?: never;
        };
        /** @description Recreated division data */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthzDivision"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthzDivision"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionsDeleted: {
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
                    "application/json": components["schemas"]["AuthzDivisionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionsHome: {
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
                    "application/json": components["schemas"]["AuthzDivision"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionsLimit: {
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
                    "application/json": number;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionsQuery: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Optionally request specific divisions by their IDs */
                id?: string[];
                /** @description Optionally request specific divisions by division name */
                name?: string;
                /** @description Page size (max 200, default 25) */
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
                    "application/json": components["schemas"]["AuthzDivisionCursorListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionspermittedMe: {
        parameters: {
            query: {
                /** @description Search term to filter by division name */
                name?: string;
                /** @description The permission string, including the object to access, e.g. routing:queue:view */
                permission: string;
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
                    "application/json": components["schemas"]["AuthzDivision"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionspermittedPagedSubjectId: {
        parameters: {
            query: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The permission string, including the object to access, e.g. routing:queue:view */
                permission: string;
            };
            header?: never;
            path: {
                /** @description Subject ID (user or group) */
                subjectId: string;
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
                    "application/json": components["schemas"]["DivsPermittedEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationDivisionspermittedPagedMe: {
        parameters: {
            query: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The permission string, including the object to access, e.g. routing:queue:view */
                permission: string;
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
                    "application/json": components["schemas"]["DivsPermittedEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPermissions: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Comma-separated list of permissions or domains to query */
                query?: string;
                /** @description Query filter type */
                queryType?: string;
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
                    "application/json": components["schemas"]["PermissionCollectionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPolicies: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
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
                    "application/json": components["schemas"]["AuthorizationPolicyEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the policy to retrieve */
                policyId: string;
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
                    "application/json": components["schemas"]["AuthorizationPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationPolicy: {
        parameters: {
            query?: {
                /** @description Skip lockout check; if true, policy will not be evaluated against current context for lockout risk */
                skipLockoutCheck?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the policy to update */
                policyId: string;
            };
            cookie?: never;
        };
        /** @description Access control policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationPolicy"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPolicyAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the policy to retrieve attributes */
                policyId: string;
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
                    "application/json": components["schemas"]["PolicyAttributeSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationPolicySimulate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the policy to test the simulated data against */
                policyId: string;
            };
            cookie?: never;
        };
        /** @description A map of attribute names to type and simulated data value */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyTestPayload"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyTestResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPoliciesSubjectSubjectId: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the subject to which policies are applied */
                subjectId: string;
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
                    "application/json": components["schemas"]["AuthorizationPolicyEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPoliciesTargets: {
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
                    "application/json": components["schemas"]["TargetAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPoliciesTarget: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The domain:entity:action resource target to which policies are applied */
                targetName: string;
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
                    "application/json": components["schemas"]["AuthorizationPolicyEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationPoliciesTarget: {
        parameters: {
            query?: {
                /** @description Skip lockout check; if true, policy will not be evaluated against current context for lockout risk */
                skipLockoutCheck?: boolean;
            };
            header?: never;
            path: {
                /** @description The domain:entity:action target to which the policy will be applied */
                targetName: string;
            };
            cookie?: never;
        };
        /** @description Access control policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationPolicy"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationPoliciesTarget: {
        parameters: {
            query?: {
                /** @description Skip lockout check; if true, policy will not be evaluated against current context for lockout risk */
                skipLockoutCheck?: boolean;
            };
            header?: never;
            path: {
                /** @description The domain:entity:action target to which the policy will be applied */
                targetName: string;
            };
            cookie?: never;
        };
        /** @description Access control policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationPolicy"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationPoliciesTargetSubjectSubjectId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the subject to which the policy is applied */
                subjectId: string;
                /** @description The domain:entity:action resource target to which the policy is applied */
                targetName: string;
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
                    "application/json": components["schemas"]["AuthorizationPolicy"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteAuthorizationPoliciesTargetSubjectSubjectId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the subject to which the policy is applied */
                subjectId: string;
                /** @description The domain:entity:action target to which the policy is applied */
                targetName: string;
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
    postAuthorizationPoliciesTargetValidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain:entity:action target to which the policy will be applied */
                targetName: string;
            };
            cookie?: never;
        };
        /** @description Access control policy */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationPolicy"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationProducts: {
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
                    "application/json": components["schemas"]["OrganizationProductEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationRoles: {
        parameters: {
            query?: {
                defaultRoleId?: string[];
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description id */
                id?: string[];
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                permission?: string[];
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                userCount?: boolean;
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
                    "application/json": components["schemas"]["OrganizationRoleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization role */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainOrganizationRoleCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOrganizationRole"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationRoleComparedefaultRightRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Left Role ID */
                leftRoleId: string;
                /** @description Right Role id */
                rightRoleId: string;
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
                    "application/json": components["schemas"]["DomainOrgRoleDifference"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationRoleComparedefaultRightRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Left Role ID */
                leftRoleId: string;
                /** @description Right Role id */
                rightRoleId: string;
            };
            cookie?: never;
        };
        /** @description Organization role */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainOrganizationRole"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOrgRoleDifference"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationRole: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. unusedPermissions returns the permissions not used for the role */
                expand?: string[];
                /** @description Fetch the count of users who have this role granted in at least one division. Setting this value or defaulting to 'true' can lead to slower load times or timeouts for role queries with large member counts. */
                userCount?: boolean;
            };
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
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
                    "application/json": components["schemas"]["DomainOrganizationRole"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
            };
            cookie?: never;
        };
        /** @description Organization role */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainOrganizationRoleUpdate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOrganizationRole"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationRole: {
        parameters: {
            query?: {
                /** @description what the type of the subjects are (PC_GROUP, PC_USER or PC_OAUTH_CLIENT) */
                subjectType?: string;
            };
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
            };
            cookie?: never;
        };
        /** @description Subjects and Divisions */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectDivisions"];
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
    deleteAuthorizationRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
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
    patchAuthorizationRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
            };
            cookie?: never;
        };
        /** @description Organization role */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainOrganizationRole"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainOrganizationRole"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationRoleSubjectgrants: {
        parameters: {
            query?: {
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
            };
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
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
                    "application/json": components["schemas"]["SubjectDivisionGrantsEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationRoleUsers: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
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
                    "application/json": components["schemas"]["UserReferenceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationRoleUsersAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
            };
            cookie?: never;
        };
        /** @description List of user IDs */
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationRoleUsersRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role ID */
                roleId: string;
            };
            cookie?: never;
        };
        /** @description List of user IDs */
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationRolesDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization roles list */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainOrganizationRole"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationRoleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationRolesDefault: {
        parameters: {
            query?: {
                /** @description Restore default roles */
                force?: boolean;
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
                    "application/json": components["schemas"]["OrganizationRoleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationRolesSettings: {
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
                    "application/json": components["schemas"]["RoleSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAuthorizationRolesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Authorization Role Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationSettings: {
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
                    "application/json": components["schemas"]["AuthorizationSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchAuthorizationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Authorization Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizationSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationSubject: {
        parameters: {
            query?: {
                /** @description Include multiple entries with the same role and division but different subjects */
                includeDuplicates?: boolean;
            };
            header?: never;
            path: {
                /** @description Subject ID (user or group) */
                subjectId: string;
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
                    "application/json": components["schemas"]["AuthzSubject"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAuthorizationSubjectBulkadd: {
        parameters: {
            query?: {
                /** @description what the type of the subject is (PC_GROUP, PC_USER or PC_OAUTH_CLIENT) */
                subjectType?: string;
            };
            header?: never;
            path: {
                /** @description Subject ID (user or group) */
                subjectId: string;
            };
            cookie?: never;
        };
        /** @description Pairs of role and division IDs */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleDivisionGrants"];
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
    postAuthorizationSubjectBulkremove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Subject ID (user or group) */
                subjectId: string;
            };
            cookie?: never;
        };
        /** @description Pairs of role and division IDs */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleDivisionGrants"];
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
    postAuthorizationSubjectBulkreplace: {
        parameters: {
            query?: {
                /** @description what the type of the subject is (PC_GROUP, PC_USER or PC_OAUTH_CLIENT) */
                subjectType?: string;
            };
            header?: never;
            path: {
                /** @description Subject ID (user or group) */
                subjectId: string;
            };
            cookie?: never;
        };
        /** @description Pairs of role and division IDs */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleDivisionGrants"];
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
    postAuthorizationSubjectDivisionRole: {
        parameters: {
            query?: {
                /** @description what the type of the subject is: PC_GROUP, PC_USER or PC_OAUTH_CLIENT (note: for cross-org authorization, please use the Organization Authorization endpoints) */
                subjectType?: string;
            };
            header?: never;
            path: {
                /** @description the id of the division to which to make the grant */
                divisionId: string;
                /** @description the id of the role to grant */
                roleId: string;
                /** @description Subject ID (user or group) */
                subjectId: string;
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
    deleteAuthorizationSubjectDivisionRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the id of the division of the grant */
                divisionId: string;
                /** @description the id of the role of the grant */
                roleId: string;
                /** @description Subject ID (user or group) */
                subjectId: string;
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
    getAuthorizationSubjectsMe: {
        parameters: {
            query?: {
                /** @description Include multiple entries with the same role and division but different subjects */
                includeDuplicates?: boolean;
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
                    "application/json": components["schemas"]["AuthzSubject"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAuthorizationSubjectsRolecounts: {
        parameters: {
            query?: {
                /** @description id */
                id?: string[];
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
    getUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                subjectId: string;
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
                    "application/json": components["schemas"]["UserAuthorization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                subjectId: string;
            };
            cookie?: never;
        };
        /** @description List of roles */
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAuthorization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
