// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users/openapi.yaml (sha256 028e40e2073defac)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Users (130 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const users = usersApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function usersApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/users/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user activity observations
         * @permissions ANY: `analytics:userObservation:view`
         */
        post: operations["postAnalyticsUsersActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user aggregates asynchronously
         * @permissions ANY: `analytics:userAggregate:view`
         */
        post: operations["postAnalyticsUsersAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for user aggregates
         * @permissions ANY: `analytics:userAggregate:view`
         */
        get: operations["getAnalyticsUsersAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for user aggregates
         * @permissions ANY: `analytics:userAggregate:view`
         */
        delete: operations["deleteAnalyticsUsersAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:userAggregate:view`
         */
        get: operations["getAnalyticsUsersAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user aggregates
         * @permissions ANY: `analytics:userAggregate:view`
         */
        post: operations["postAnalyticsUsersAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user details asynchronously
         * @permissions ANY: `analytics:userDetail:view`
         */
        post: operations["postAnalyticsUsersDetailsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for user details
         * @permissions ANY: `analytics:userDetail:view`
         */
        get: operations["getAnalyticsUsersDetailsJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request
         * @permissions ANY: `analytics:userDetail:view`
         */
        delete: operations["deleteAnalyticsUsersDetailsJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async query
         * @permissions ANY: `analytics:userDetail:view`
         */
        get: operations["getAnalyticsUsersDetailsJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lookup the datalake availability date and time
         * @permissions ANY: `analytics:userDetail:view`
         */
        get: operations["getAnalyticsUsersDetailsJobsAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user details
         * @permissions ANY: `analytics:userDetail:view`
         */
        post: operations["postAnalyticsUsersDetailsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/observations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user observations
         * @permissions ANY: `analytics:userObservation:view`
         */
        post: operations["postAnalyticsUsersObservationsQuery"];
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
    "/api/v2/fieldconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch field config for an entity type
         * @deprecated The vendor deprecated this operation.
         * @permissions none required
         */
        get: operations["getFieldconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/profiles/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user profile listing
         * @description This api is deprecated. User /api/v2/users
         * @deprecated This api is deprecated.
         * @permissions none required
         */
        get: operations["getProfilesUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/directroutingbackup/settings/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:selfView`
         */
        get: operations["getRoutingDirectroutingbackupSettingsMe"];
        /**
         * Update the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:selfEdit`
         */
        put: operations["putRoutingDirectroutingbackupSettingsMe"];
        post?: never;
        /**
         * Delete the user's Direct Routing Backup settings and revert to the Direct Routing Queue default.
         * @permissions ANY: `routing:directRoutingBackup:selfDelete`
         */
        delete: operations["deleteRoutingDirectroutingbackupSettingsMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/users/{userId}/directroutingbackup/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:view`
         */
        get: operations["getRoutingUserDirectroutingbackupSettings"];
        /**
         * Update the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:edit`
         */
        put: operations["putRoutingUserDirectroutingbackupSettings"];
        post?: never;
        /**
         * Delete the user's Direct Routing Backup settings and revert to the Direct Routing Queue default.
         * @permissions ANY: `routing:directRoutingBackup:delete`
         */
        delete: operations["deleteRoutingUserDirectroutingbackupSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/users/{userId}/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's max utilization settings.  If not configured, the organization-wide default is returned.
         * @permissions ANY: any one of `routing:utilization:manage`, `routing:utilization:view`
         */
        get: operations["getRoutingUserUtilization"];
        /**
         * Update the user's max utilization settings.  Include only those media types requiring custom configuration. Any omitted media types will be set to the organization's default values.
         * @permissions ANY: `routing:utilization:manage`
         */
        put: operations["putRoutingUserUtilization"];
        post?: never;
        /**
         * Delete the user's max utilization settings and revert to the organization-wide default.
         * @permissions ANY: `routing:utilization:manage`
         */
        delete: operations["deleteRoutingUserUtilization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of available users.
         * @permissions none required
         */
        get: operations["getUsers"];
        put?: never;
        /**
         * Create user
         * @description If user creation is successful but the provided password is invalid or configuration fails, POST api/v2/users/{userId}/password can be used to re-attempt password configuration.
         * @permissions ANY: `directory:user:add`
         */
        post: operations["postUsers"];
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
    "/api/v2/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user.
         * @permissions none required
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete user
         * @permissions ANY: any one of `admin`, `directory:user:delete`, `directory:organization:admin`
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update user
         * @description Updating some fields, like a users extension, requires the telephony:extension:assign permission for the relevant division. Without it, the request will return 403 Forbidden.
         * @permissions ANY: any one of `admin`, `directory:user:edit`, `directory:organization:admin`
         */
        patch: operations["patchUser"];
        trace?: never;
    };
    "/api/v2/users/{userId}/adjacents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get adjacents
         * @permissions none required
         */
        get: operations["getUserAdjacents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/callforwarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's CallForwarding
         * @permissions ANY: `conversation:callForwarding:view`
         */
        get: operations["getUserCallforwarding"];
        /**
         * Update a user's CallForwarding
         * @permissions ANY: `conversation:callForwarding:edit`
         */
        put: operations["putUserCallforwarding"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a user's CallForwarding
         * @permissions ANY: `conversation:callForwarding:edit`
         */
        patch: operations["patchUserCallforwarding"];
        trace?: never;
    };
    "/api/v2/users/{userId}/customattributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a single custom attributes record. Updating replaces all data with the provided fields.
         * @permissions ANY: `directory:user:edit`
         */
        put: operations["putUserCustomattributes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a single custom attributes record by amending the data with only the provided fields.
         * @permissions ANY: `directory:user:edit`
         */
        patch: operations["patchUserCustomattributes"];
        trace?: never;
    };
    "/api/v2/users/{userId}/customattributes/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get custom attributes by schema id
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getUserCustomattribute"];
        put?: never;
        post?: never;
        /**
         * Delete a custom attributes record.
         * @permissions ANY: `directory:user:edit`
         */
        delete: operations["deleteUserCustomattribute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/customattributes/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get multiple custom attributes records by schema ids
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getUserCustomattributesBulk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update multiple custom attributes records by amending the data with only the provided fields.
         * @permissions ANY: `directory:user:edit`
         */
        patch: operations["patchUserCustomattributesBulk"];
        trace?: never;
    };
    "/api/v2/users/{userId}/directreports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get direct reports
         * @permissions none required
         */
        get: operations["getUserDirectreports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/externalid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the external identifiers for a user.
         * @permissions none required
         */
        get: operations["getUserExternalid"];
        put?: never;
        /**
         * Create mapping between external identifier and user. Limit 100 per entity.
         * @description Authority Name and External key are case sensitive.
         * @permissions ANY: `directory:user:edit`
         */
        post: operations["postUserExternalid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/externalid/{authorityName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the external identifier of user for an authority.
         * @description Authority name and external key are case sensitive.
         * @permissions none required
         */
        get: operations["getUserExternalidAuthorityName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/externalid/{authorityName}/{externalKey}": {
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
         * Delete the external identifier for user.
         * @permissions ANY: `directory:user:edit`
         */
        delete: operations["deleteUserExternalidAuthorityNameExternalKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/favorites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated; will be revived with new contract
         * @deprecated The vendor deprecated this operation.
         * @permissions none required
         */
        get: operations["getUserFavorites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/geolocations/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's Geolocation
         * @permissions none required
         */
        get: operations["getUserGeolocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a user's Geolocation
         * @description The geolocation object can be patched one of three ways. Option 1: Set the primary property to true. This will set the client as the users primary geolocation source.  Option 2: Provide the latitude and longitude values.  This will enqueue an asynchronous update of the city, region, and country, generating a notification. A subsequent GET operation will include the new values for city, region and country.  Option 3:  Provide the city, region, country values.  Option 1 can be combined with Option 2 or Option 3.  For example, update the client as primary and provide latitude and longitude values.
         * @permissions none required
         */
        patch: operations["patchUserGeolocation"];
        trace?: never;
    };
    "/api/v2/users/{userId}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an activation email to the user
         * @permissions ANY: any one of `admin`, `directory:organization:admin`, `directory:user:setPassword`
         */
        post: operations["postUserInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/outofoffice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a OutOfOffice
         * @permissions none required
         */
        get: operations["getUserOutofoffice"];
        /**
         * Update an OutOfOffice
         * @permissions none required
         */
        put: operations["putUserOutofoffice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a users password
         * @permissions ANY: `directory:user:setPassword`
         */
        post: operations["postUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user profile
         * @description This api has been deprecated. Use api/v2/users instead
         * @deprecated This api has been deprecated.
         * @permissions none required
         */
        get: operations["getUserProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/profileskills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List profile skills for a user
         * @permissions ANY: `directory:userProfile:view`
         */
        get: operations["getUserProfileskills"];
        /**
         * Update profile skills for a user
         * @permissions ANY: `directory:userProfile:edit`
         */
        put: operations["putUserProfileskills"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get queues for user
         * @permissions ANY: `routing:queue:view`
         */
        get: operations["getUserQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Join or unjoin a set of queues for a user
         * @description Users can only be joined to queues where they have membership. Non-member user-queue pairs in the request will be disregarded. Note: This operation is processed asynchronously and the response data may not reflect the final state. Changes may take time to propagate. Query the GET endpoint after a delay to retrieve the current membership status.
         * @permissions ANY: any one of `routing:queue:join`, `routing:queueMember:manage`
         */
        patch: operations["patchUserQueues"];
        trace?: never;
    };
    "/api/v2/users/{userId}/queues/{queueId}": {
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
         * Join or unjoin a queue for a user
         * @permissions ANY: any one of `routing:queue:join`, `routing:queueMember:manage`
         */
        patch: operations["patchUserQueue"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routinglanguages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routing languages assigned to a user
         * @permissions none required
         */
        get: operations["getUserRoutinglanguages"];
        put?: never;
        /**
         * Assign a routing language to a user
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        post: operations["postUserRoutinglanguages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/routinglanguages/{languageId}": {
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
         * Remove a routing language from a user
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        delete: operations["deleteUserRoutinglanguage"];
        options?: never;
        head?: never;
        /**
         * Update an assigned routing language's proficiency
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        patch: operations["patchUserRoutinglanguage"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routinglanguages/bulk": {
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
         * Assign multiple routing languages to a user. Max 50 routing languages in request body
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        patch: operations["patchUserRoutinglanguagesBulk"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routingskills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routing skills assigned to a user
         * @permissions none required
         */
        get: operations["getUserRoutingskills"];
        put?: never;
        /**
         * Assign a routing skill to a user
         * @permissions ALL: `routing:skill:assign`
         */
        post: operations["postUserRoutingskills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/routingskills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an assigned routing skill's proficiency
         * @permissions ALL: `routing:skill:assign`
         */
        put: operations["putUserRoutingskill"];
        post?: never;
        /**
         * Remove a routing skill from a user
         * @permissions ALL: `routing:skill:assign`
         */
        delete: operations["deleteUserRoutingskill"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/routingskills/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign multiple routing skills to a user, replacing any current assignments
         * @permissions ANY: `routing:skill:assign`
         */
        put: operations["putUserRoutingskillsBulk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Assign multiple routing skills to a user
         * @permissions ANY: `routing:skill:assign`
         */
        patch: operations["patchUserRoutingskillsBulk"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routingstatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the routing status of a user
         * @permissions none required
         */
        get: operations["getUserRoutingstatus"];
        /**
         * Update the routing status of a user
         * @permissions none required
         */
        put: operations["putUserRoutingstatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/skillgroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill groups for a user
         * @permissions ANY: `routing:skillGroup:view`
         */
        get: operations["getUserSkillgroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user state information.
         * @permissions ANY: `directory:userStateChange:view`
         */
        get: operations["getUserState"];
        /**
         * Update user state information.
         * @permissions ANY: `directory:user:edit`
         */
        put: operations["putUserState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/station": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get station information for user
         * @permissions ANY: `telephony:otherStationAssociation:view`
         */
        get: operations["getUserStation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/station/associatedstation": {
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
         * Clear associated station
         * @permissions ANY: `telephony:station:disassociate`
         */
        delete: operations["deleteUserStationAssociatedstation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/station/associatedstation/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set associated station
         * @permissions ANY: `telephony:otherStationAssociation:edit`
         */
        put: operations["putUserStationAssociatedstationStationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/station/defaultstation": {
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
         * Clear default station
         * @permissions ANY: any one of `telephony:plugin:all`, `telephony:phone:assign`
         */
        delete: operations["deleteUserStationDefaultstation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/station/defaultstation/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set default station
         * @permissions ANY: any one of `telephony:plugin:all`, `telephony:phone:assign`
         */
        put: operations["putUserStationDefaultstationStationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/superiors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get superiors
         * @permissions none required
         */
        get: operations["getUserSuperiors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/trustors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organizations that have authorized/trusted the user.
         * @permissions ALL: `authorization:orgTrustor:view`
         */
        get: operations["getUserTrustors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/verifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of verifiers
         * @permissions ANY: `mfa:verifier:view`
         */
        get: operations["getUserVerifiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/verifiers/{verifierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a verifier
         * @permissions ANY: `mfa:verifier:edit`
         */
        put: operations["putUserVerifier"];
        post?: never;
        /**
         * Delete a verifier
         * @permissions ANY: `mfa:verifier:delete`
         */
        delete: operations["deleteUserVerifier"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/bulk": {
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
         * Update bulk acd autoanswer on users. Max 50 users can be updated at a time.
         * @permissions ANY: any one of `directory:user:edit`, `directory:organization:admin`
         */
        patch: operations["patchUsersBulk"];
        trace?: never;
    };
    "/api/v2/users/chats/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chats for a user
         * @permissions ANY: any one of `chat:chat:access`, `user:chats:view`
         */
        get: operations["getUsersChatsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `users:customAttributesSchema:add`
         */
        post: operations["postUsersCustomattributesSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchema"];
        /**
         * Update a schema
         * @permissions ANY: `users:customAttributesSchema:edit`
         */
        put: operations["putUsersCustomattributesSchema"];
        post?: never;
        /**
         * Delete a schema
         * @permissions ANY: `users:customAttributesSchema:delete`
         */
        delete: operations["deleteUsersCustomattributesSchema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a user schema
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas/{schemaId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific version of a schema
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of core types enabled for a specific namespace.
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchemasCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/customattributes/schemas/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `users:customAttributesSchema:view`
         */
        get: operations["getUsersCustomattributesSchemasLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/development/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of Development Activities
         * @description Either moduleId or userId is required. Results are filtered based on the applicable permissions.
         * @permissions ANY: any one of `learning:assignment:view`, `coaching:appointment:view`
         */
        get: operations["getUsersDevelopmentActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/development/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Development Activity
         * @description Permission not required if you are the attendee, creator or facilitator of the coaching appointment or you are the assigned user of the learning assignment.
         * @permissions ANY: any one of `learning:assignment:view`, `coaching:appointment:view`
         */
        get: operations["getUsersDevelopmentActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/development/activities/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve aggregated development activity data
         * @description Results are filtered based on the applicable permissions.
         * @permissions ANY: any one of `learning:assignment:view`, `coaching:appointment:view`
         */
        post: operations["postUsersDevelopmentActivitiesAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/development/activities/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of Development Activities for current user
         * @description Results are filtered based on the applicable permissions.
         * @permissions none required
         */
        get: operations["getUsersDevelopmentActivitiesMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/externalid/{authorityName}/{externalKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user associated with external identifier.
         * @description Authority name and external key are case sensitive.
         * @permissions none required
         */
        get: operations["getUsersExternalidAuthorityNameExternalKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current user details.
         * @description This request is not valid when using the Client Credentials OAuth grant.
         * @permissions none required
         */
        get: operations["getUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @permissions none required
         */
        post: operations["postUsersMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/verifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of my verifiers
         * @permissions none required
         */
        get: operations["getUsersMeVerifiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/verifiers/{verifierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a verifier
         * @permissions none required
         */
        put: operations["putUsersMeVerifier"];
        post?: never;
        /**
         * Delete a verifier
         * @permissions none required
         */
        delete: operations["deleteUsersMeVerifier"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/verifiers/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a new TOTP verifier
         * @permissions none required
         */
        post: operations["postUsersMeVerifiersTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/verifiers/totp/{verifierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate a TOTP verifier
         * @permissions none required
         */
        post: operations["postUsersMeVerifiersTotpVerifierId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/verifiers/webauthn/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish WebAuthn verifier registration
         * @description Completes registration of a new WebAuthn authenticator by submitting the credential creation response produced by navigator.credentials.create().
         * @permissions none required
         */
        post: operations["postUsersMeVerifiersWebauthnRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me/verifiers/webauthn/register/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin WebAuthn verifier registration
         * @description Returns the public key credential creation options the client passes to navigator.credentials.create() to start registering a new WebAuthn authenticator.
         * @permissions none required
         */
        post: operations["postUsersMeVerifiersWebauthnRegisterOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of available users, paged by cursor token, No division filtering available so directory:user:view permission for all divisions is required
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getUsersQuery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search users using the q64 value returned from a previous search
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getUsersSearch"];
        put?: never;
        /**
         * Search users
         * @permissions ANY: `directory:user:view`
         */
        post: operations["postUsersSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/search/conversation/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search users as conversation targets
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `conversation:communication:target`
         */
        post: operations["postUsersSearchConversationTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/search/queuemembers/manage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search manage queue member
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: any one of `routing:queueMember:manage`, `routing:queue:edit`
         */
        post: operations["postUsersSearchQueuemembersManage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/search/teams/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search users assigned to teams
         * @permissions ANY: `groups:team:assign`
         */
        post: operations["postUsersSearchTeamsAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/stations/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get station information for self
         * @permissions ANY: `telephony:selfStationAssociation:view`
         */
        get: operations["getUsersStationsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/stations/me/associatedstation": {
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
         * Clear self associated station
         * @permissions ANY: `telephony:station:disassociateSelf`
         */
        delete: operations["deleteUsersStationsMeAssociatedstation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/stations/me/associatedstation/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set self associated station
         * @permissions ANY: `telephony:selfStationAssociation:edit`
         */
        put: operations["putUsersStationsMeAssociatedstationStationId"];
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
        Adjacents: {
            directReports?: components["schemas"]["User"][];
            siblings?: components["schemas"]["User"][];
            superiors?: components["schemas"]["User"][];
        };
        AgentDirectRoutingBackupSettings: {
            agentWaitSeconds?: number;
            backedUpUsers?: string[];
            queueId?: string;
            userId?: string;
            waitForAgent?: boolean;
        };
        AgentMaxUtilizationResponse: {
            labelUtilizations?: {
                [key: string]: components["schemas"]["LabelUtilizationResponse"];
            };
            level?: string;
            maxInboundCalls?: number;
            utilization?: {
                [key: string]: components["schemas"]["MediaUtilization"];
            };
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
        };
        AggregateMetricData: {
            /** @enum {string} */
            metric?: "tSegmentDuration" | "tConversationDuration" | "oTotalCriticalScore" | "oTotalScore" | "nEvaluations" | "tAbandon" | "tIvr" | "tAnswered" | "tAcd" | "tTalk" | "tHeld" | "tTalkComplete" | "tHeldComplete" | "tAcw" | "tHandle" | "tWait" | "tAgentRoutingStatus" | "tOrganizationPresence" | "tSystemPresence" | "tUserResponseTime" | "tAgentResponseTime" | "nOffered" | "nOverSla" | "nTransferred" | "nOutboundAttempted" | "nOutboundConnected" | "nOutboundAbandoned" | "nError" | "oServiceTarget" | "oServiceLevel" | "tActive" | "tInactive" | "oActiveUsers" | "oMemberUsers" | "oActiveQueues" | "oMemberQueues" | "oInteracting" | "oWaiting" | "oOnQueueUsers" | "oOffQueueUsers" | "oUserPresences" | "oUserRoutingStatuses" | (string & {});
            qualifier?: string;
            stats?: components["schemas"]["StatisticalSummary"];
        };
        AggregateViewData: {
            name?: string;
            stats?: components["schemas"]["StatisticalSummary"];
        };
        AggregationRange: {
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
        };
        AggregationResult: {
            /** Format: int64 */
            count?: number;
            /** @description For termFrequency aggregations */
            dimension?: string;
            /** @description For numericRange aggregations */
            metric?: string;
            results?: components["schemas"]["AggregationResultEntry"][];
            /** @enum {string} */
            type?: "termFrequency" | "numericRange" | (string & {});
        };
        AggregationResultEntry: {
            /** Format: int64 */
            count?: number;
            /** @description For numericRange aggregations */
            gte?: number;
            /** @description For numericRange aggregations */
            lt?: number;
            /** @description For termFrequency aggregations */
            value?: string;
        };
        AnalyticsQueryAggregation: {
            /** @description For use with termFrequency aggregations */
            dimension?: string;
            /** @description For use with numericRange aggregations */
            metric?: string;
            /** @description For use with numericRange aggregations */
            ranges?: components["schemas"]["AggregationRange"][];
            /**
             * Format: int32
             * @description For use with termFrequency aggregations
             */
            size?: number;
            /**
             * @description Optional type, can usually be inferred
             * @enum {string}
             */
            type?: "termFrequency" | "numericRange" | (string & {});
        };
        AnalyticsRoutingStatusRecord: {
            /**
             * Format: date-time
             * @description The end time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            /**
             * @description The user's ACD routing status
             * @enum {string}
             */
            routingStatus?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING" | (string & {});
            /**
             * Format: date-time
             * @description The start time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
        };
        AnalyticsScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        AnalyticsUserDetail: {
            /** @description The presence records for the user */
            primaryPresence?: components["schemas"]["AnalyticsUserPresenceRecord"][];
            /** @description The ACD routing status records for the user */
            routingStatus?: components["schemas"]["AnalyticsRoutingStatusRecord"][];
            /** @description The identifier for the user */
            userId?: string;
        };
        AnalyticsUserDetailsAsyncQueryResponse: {
            cursor?: string;
            dataAvailabilityDate?: string;
            userDetails?: components["schemas"]["AnalyticsUserDetail"][];
        };
        AnalyticsUserDetailsQueryResponse: {
            aggregations?: components["schemas"]["AggregationResult"][];
            totalHits?: number;
            userDetails?: components["schemas"]["AnalyticsUserDetail"][];
        };
        AnalyticsUserPresenceRecord: {
            /**
             * Format: date-time
             * @description The end time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            /** @description The identifier for the user's organization presence */
            organizationPresenceId?: string;
            /**
             * Format: date-time
             * @description The start time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description The user's system presence
             * @enum {string}
             */
            systemPresence?: "AVAILABLE" | "AWAY" | "BUSY" | "OFFLINE" | "IDLE" | "ON_QUEUE" | "MEAL" | "TRAINING" | "MEETING" | "BREAK" | (string & {});
        };
        AsyncQueryResponse: {
            jobId?: string;
        };
        AsyncQueryStatus: {
            completionDate?: string;
            errorMessage?: string;
            expirationDate?: string;
            state?: string;
            submissionDate?: string;
        };
        AsyncUserDetailsQuery: {
            interval: string;
            limit?: number;
            order?: string;
            presenceFilters?: components["schemas"]["PresenceDetailQueryFilter"][];
            routingStatusFilters?: components["schemas"]["RoutingStatusDetailQueryFilter"][];
            userFilters?: components["schemas"]["UserDetailQueryFilter"][];
        };
        AuthenticatorAttestationResponse: {
            attestationObject: string;
            clientDataJSON: string;
            transports?: string[];
        };
        AuthenticatorSelection: {
            authenticatorAttachment?: string;
            requireResidentKey?: boolean;
            residentKey?: string;
            userVerification?: string;
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
        AutoAnswerSetting: {
            enabled: boolean;
        };
        AutoAnswerSettings: {
            settings: {
                [key: string]: components["schemas"]["AutoAnswerSetting"];
            };
        };
        BeginWebAuthnRegistrationResponse: {
            publicKey: components["schemas"]["PublicKeyCredentialCreationOptions"];
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
        CallForwarding: {
            calls?: components["schemas"]["CallRoute"][];
            enabled?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            phoneNumber?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            user?: components["schemas"]["User"];
            voicemail?: string;
        };
        CallRoute: {
            targets?: components["schemas"]["CallTarget"][];
        };
        CallTarget: {
            type?: string;
            value?: string;
        };
        CannedResponseLibraries: {
            libraryIds?: string[];
            mode?: string;
        };
        ChangeMyPasswordRequest: {
            newPassword: string;
            oldPassword: string;
        };
        ChangePasswordRequest: {
            newPassword: string;
        };
        Chat: {
            jabberId?: string;
        };
        ChatFavorite: {
            externalId: string;
            id: string;
        };
        ChatItem: {
            chatType: string;
            dateClosed?: string;
            dateLastMessage?: string;
            favorite?: components["schemas"]["ChatFavorite"];
            id?: string;
            images?: components["schemas"]["Image"][];
            name?: string;
            open: boolean;
            room?: components["schemas"]["Room"];
            selfUri?: string;
            user?: components["schemas"]["ChatUserRef"];
        };
        ChatItemCursorListing: {
            entities?: components["schemas"]["ChatItem"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ChatPresence: {
            dateModified?: string;
            message?: string;
            organizationPresence?: components["schemas"]["OrganizationPresence"];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            source?: string;
            systemPresence?: string;
        };
        ChatUserRef: {
            id?: string;
            inactive?: boolean;
            integrations?: components["schemas"]["Contact"][];
            jid?: string;
            name?: string;
            presence?: components["schemas"]["ChatPresence"];
            selfUri?: string;
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
        CreateUser: {
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            department?: string;
            divisionId: string;
            /** @description User's email and username */
            email: string;
            /** @description User's full name */
            name: string;
            /** @description User's password */
            password?: string;
            state?: string;
            title?: string;
        };
        CreateVerifierRequest: {
            algorithm?: string;
            default?: boolean;
            digits?: number;
            enabled?: boolean;
            name: string;
            period?: number;
            secretSize?: number;
        };
        CreateVerifierResponse: {
            default?: boolean;
            enabled?: boolean;
            encodedQuickResponseCode?: string;
            id?: string;
            keyUri?: string;
            name?: string;
            type?: string;
        };
        Credential: {
            credentialFields?: {
                [key: string]: string;
            };
            id?: string;
            name?: string;
            selfUri?: string;
            type: components["schemas"]["CredentialType"];
        };
        CredentialDescriptor: {
            id: string;
            transports?: string[];
            type: string;
        };
        CredentialParameter: {
            alg: number;
            type: string;
        };
        CredentialType: {
            displayOrder?: string[];
            id?: string;
            name?: string;
            properties?: {
                [key: string]: unknown;
            };
            required?: string[];
        };
        DataAvailabilityResponse: {
            dataAvailabilityDate?: string;
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
        DevelopmentActivity: {
            archivalMode?: string;
            attendees?: components["schemas"]["UserReference"][];
            createdBy?: components["schemas"]["UserReference"];
            dateCompleted?: string;
            dateCreated?: string;
            dateDue?: string;
            facilitator?: components["schemas"]["UserReference"];
            id?: string;
            isLatest?: boolean;
            isModuleArchived?: boolean;
            isOverdue?: boolean;
            isPassed?: boolean;
            name?: string;
            percentageScore?: number;
            selfUri?: string;
            status?: string;
            type?: string;
        };
        DevelopmentActivityAggregateParam: {
            filter: components["schemas"]["DevelopmentActivityAggregateQueryRequestFilter"];
            groupBy?: string[];
            interval: string;
            metrics?: string[];
        };
        DevelopmentActivityAggregateQueryRequestClause: {
            predicates: components["schemas"]["DevelopmentActivityAggregateQueryRequestPredicate"][];
            type: string;
        };
        DevelopmentActivityAggregateQueryRequestFilter: {
            clauses: components["schemas"]["DevelopmentActivityAggregateQueryRequestClause"][];
            type: string;
        };
        DevelopmentActivityAggregateQueryRequestPredicate: {
            dimension: string;
            value: string;
        };
        DevelopmentActivityAggregateQueryResponseData: {
            interval?: string;
            metrics?: components["schemas"]["DevelopmentActivityAggregateQueryResponseMetric"][];
        };
        DevelopmentActivityAggregateQueryResponseGroupedData: {
            data?: components["schemas"]["DevelopmentActivityAggregateQueryResponseData"][];
            group?: {
                [key: string]: string;
            };
        };
        DevelopmentActivityAggregateQueryResponseMetric: {
            metric?: string;
            stats?: components["schemas"]["DevelopmentActivityAggregateQueryResponseStatistics"];
        };
        DevelopmentActivityAggregateQueryResponseStatistics: {
            count?: number;
            max?: number;
            min?: number;
            sum?: number;
        };
        DevelopmentActivityAggregateResponse: {
            results?: components["schemas"]["DevelopmentActivityAggregateQueryResponseGroupedData"][];
        };
        DevelopmentActivityListing: {
            entities?: components["schemas"]["DevelopmentActivity"][];
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
        Entity: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
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
        FieldConfig: {
            /** @enum {string} */
            entityType?: "person" | "group" | "org" | "externalContact" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            schemaVersion?: string;
            sections?: components["schemas"]["Section"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            state?: string;
            version?: string;
        };
        FieldConfigs: {
            group?: components["schemas"]["FieldConfig"];
            org?: components["schemas"]["FieldConfig"];
            person?: components["schemas"]["FieldConfig"];
        };
        FieldList: {
            customLabels?: boolean;
            gdpr?: boolean;
            instructionText?: string;
            key?: string;
            labelKeys?: string[];
            params?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            repeatable?: boolean;
            required?: boolean;
            state?: string;
            type?: string;
        };
        FinishWebAuthnRegistrationRequest: {
            credential: components["schemas"]["PublicKeyCredentialCreationResponse"];
            default?: boolean;
            name: string;
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
        GeolocationSettings: {
            enabled?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            mapboxKey?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
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
        LabelUtilizationRequest: {
            interruptingLabelIds?: string[];
            maximumCapacity?: number;
        };
        LabelUtilizationResponse: {
            interruptingLabelIds?: string[];
            labelName?: string;
            maximumCapacity?: number;
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
        MaxLength: {
            max: number;
            min: number;
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
        MediaUtilization: {
            includeNonAcd?: boolean;
            interruptableMediaTypes?: string[];
            maximumCapacity?: number;
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
        MinLength: {
            max: number;
            min: number;
        };
        NamedEntity: {
            id?: string;
            name?: string;
        };
        NumericRange: {
            /** @description Greater than */
            gt?: number;
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
            /** @description Less than or equal to */
            lte?: number;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
        };
        ObservationMetricData: {
            metric?: string;
            observations?: components["schemas"]["ObservationValue"][];
            qualifier?: string;
            stats?: components["schemas"]["StatisticalSummary"];
            truncated?: boolean;
        };
        ObservationValue: {
            addressFrom?: string;
            addressTo?: string;
            ani?: string;
            conversationId?: string;
            convertedFrom?: string;
            convertedTo?: string;
            direction?: string;
            dnis?: string;
            observationDate: string;
            participantName?: string;
            requestedLanguageId?: string;
            requestedRoutings?: string[];
            requestedRoutingSkillIds?: string[];
            routingPriority?: number;
            scoredAgents?: components["schemas"]["AnalyticsScoredAgent"][];
            sessionId?: string;
            teamId?: string;
            usedRouting?: string;
            userId?: string;
        };
        Organization: {
            /** @description The default country code for this organization. Example: 'US' */
            defaultCountryCode?: string;
            /** @description The default language for this organization. Example: 'en' */
            defaultLanguage?: string;
            defaultSiteId?: string;
            domain?: string;
            /** @description The state of features available for the organization. */
            readonly features?: {
                [key: string]: boolean;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            productPlatform?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The current state. Examples are active, inactive, deleted.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description Email address where support tickets are sent to. */
            supportURI?: string;
            /** @description The short name for the organization. This field is globally unique and cannot be changed. */
            readonly thirdPartyOrgName?: string;
            /** Format: uri */
            thirdPartyURI?: string;
            /**
             * Format: int32
             * @description The current version of the organization.
             */
            version: number;
            voicemailEnabled?: boolean;
        };
        OrganizationPresence: {
            createdBy?: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            deactivated?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The label used for the system presence in each specified language */
            languageLabels: {
                [key: string]: string;
            };
            modifiedBy?: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            primary?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            systemPresence?: string;
        };
        OrganizationPresenceDefinition: {
            deactivated?: boolean;
            divisionId?: string;
            id?: string;
            languageLabels: {
                [key: string]: string;
            };
            name?: string;
            selfUri?: string;
            systemPresence?: string;
            type?: string;
        };
        OrgOAuthClient: {
            /**
             * @description The OAuth Grant/Client type supported by this client.
             *     Code Authorization Grant/Client type - Preferred client type where the Client ID and Secret are required to create tokens. Used where the secret can be secured.
             *     Implicit grant type - Client ID only is required to create tokens. Used in browser and mobile apps where the secret can not be secured.
             *     SAML2-Bearer extension grant type - SAML2 assertion provider for user authentication at the token endpoint.
             *     Client Credential grant type - Used to created access tokens that are tied only to the client.
             * @enum {string}
             */
            authorizedGrantType: "CODE" | "TOKEN" | "SAML2BEARER" | "PASSWORD" | "CLIENT_CREDENTIALS" | (string & {});
            createdBy?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Date this client was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date this client was last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            dateToDelete?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            /** @description The name of the OAuth client. */
            name: string;
            organization?: components["schemas"]["NamedEntity"];
            roleDivisions?: components["schemas"]["RoleDivision"][];
            scope?: string[];
            state?: string;
        };
        OrgUser: {
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
            organization?: components["schemas"]["Organization"];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
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
        PagingSpec: {
            /**
             * Format: int32
             * @description How many pages in
             */
            pageNumber: number;
            /**
             * Format: int32
             * @description How many results per page
             */
            pageSize: number;
        };
        PatchUser: {
            acdAutoAnswer?: boolean;
            id?: string;
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
        PresenceDetailQueryClause: {
            predicates: components["schemas"]["PresenceDetailQueryPredicate"][];
            type: string;
        };
        PresenceDetailQueryFilter: {
            clauses?: components["schemas"]["PresenceDetailQueryClause"][];
            predicates?: components["schemas"]["PresenceDetailQueryPredicate"][];
            type: string;
        };
        PresenceDetailQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        PublicKeyCredentialCreationOptions: {
            attestation?: string;
            attestationFormats?: string[];
            authenticatorSelection?: components["schemas"]["AuthenticatorSelection"];
            challenge: string;
            excludeCredentials?: components["schemas"]["CredentialDescriptor"][];
            extensions?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            hints?: string[];
            pubKeyCredParams: components["schemas"]["CredentialParameter"][];
            rp: components["schemas"]["RelyingPartyEntity"];
            timeout?: number;
            user: components["schemas"]["UserEntity"];
        };
        PublicKeyCredentialCreationResponse: {
            authenticatorAttachment?: string;
            clientExtensionResults?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            id: string;
            rawId: string;
            response: components["schemas"]["AuthenticatorAttestationResponse"];
            type: string;
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
        RelyingPartyEntity: {
            id: string;
            name: string;
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
        RoleDivision: {
            divisionId: string;
            roleId: string;
        };
        RoleDivisionGrants: {
            grants: components["schemas"]["RoleDivisionPair"][];
        };
        RoleDivisionPair: {
            divisionId: string;
            roleId: string;
        };
        Room: {
            dateCreated?: string;
            description?: string;
            id?: string;
            jid?: string;
            name?: string;
            owners?: components["schemas"]["UserReference"][];
            participantLimit?: number;
            pinnedMessages?: components["schemas"]["AddressableEntityRef"][];
            roomType?: string;
            selfUri?: string;
            subject?: string;
        };
        RoutingRule: {
            operator?: string;
            threshold?: number;
            waitSeconds?: number;
        };
        RoutingSkill: {
            /**
             * Format: date-time
             * @description Date last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The name of the skill. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The current state for this skill.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description Required when updating. Version must be the current version. Only the system can assign version. */
            readonly version?: string;
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
        RoutingStatusDetailQueryClause: {
            predicates: components["schemas"]["RoutingStatusDetailQueryPredicate"][];
            type: string;
        };
        RoutingStatusDetailQueryFilter: {
            clauses?: components["schemas"]["RoutingStatusDetailQueryClause"][];
            predicates?: components["schemas"]["RoutingStatusDetailQueryPredicate"][];
            type: string;
        };
        RoutingStatusDetailQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
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
        SearchSort: {
            /** @description The field in the resource that you want to sort the results by */
            sortBy?: string;
            /**
             * @description The sort order for results
             * @enum {string}
             */
            sortOrder?: "ASC" | "DESC" | "SCORE" | (string & {});
        };
        Section: {
            fieldList?: components["schemas"]["FieldList"][];
            instructionText?: string;
            key?: string;
            state?: string;
        };
        ServerDate: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            currentDate?: string;
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
        SkillGroup: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
            skillConditions: components["schemas"]["SkillGroupCondition"][];
            status?: string;
        };
        SkillGroupCondition: {
            languageSkillConditions: components["schemas"]["SkillGroupLanguageCondition"][];
            operation: string;
            routingSkillConditions: components["schemas"]["SkillGroupRoutingCondition"][];
        };
        SkillGroupLanguageCondition: {
            childConditions?: components["schemas"]["SkillGroupCondition"][];
            comparator: string;
            languageSkill: string;
            proficiency: number;
        };
        SkillGroupRoutingCondition: {
            childConditions?: components["schemas"]["SkillGroupCondition"][];
            comparator: string;
            proficiency: number;
            routingSkill: string;
        };
        SkillsToRemove: {
            id?: string;
            name?: string;
            /** Format: uri */
            selfUri?: string;
        };
        StatisticalResponse: {
            interval?: string;
            metrics?: components["schemas"]["AggregateMetricData"][];
            views?: components["schemas"]["AggregateViewData"][];
        };
        StatisticalSummary: {
            calculatedMetricValue?: number;
            /** Format: int64 */
            count?: number;
            countNegative?: number;
            countPositive?: number;
            current?: number;
            denominator?: number;
            max?: number;
            min?: number;
            numerator?: number;
            p95?: number;
            p99?: number;
            ratio?: number;
            sum?: number;
            target?: number;
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
        TokenInfo: {
            authorizedScope?: string[];
            clonedUser?: components["schemas"]["TokenInfoClonedUser"];
            dateTokenIdles?: string;
            homeOrganization?: components["schemas"]["NamedEntity"];
            OAuthClient?: components["schemas"]["OrgOAuthClient"];
            organization?: components["schemas"]["NamedEntity"];
        };
        TokenInfoClonedUser: {
            id?: string;
            organization?: components["schemas"]["Entity"];
        };
        TrusteeAuthorization: {
            permissions?: string[];
        };
        Trustor: {
            authorization?: components["schemas"]["TrusteeAuthorization"];
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /** @description If disabled no trustee user will have access, even if they were previously added. */
            enabled: boolean;
            /** @description Organization Id for this trust. */
            readonly id?: string;
            organization?: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        TrustorEntityListing: {
            entities?: components["schemas"]["Trustor"][];
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
        UpdateUser: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            department?: string;
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            /** @description The groups the user is a member of */
            groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            /** @description The user placement at each site location. */
            locations?: components["schemas"]["Location"][];
            manager?: string;
            name?: string;
            preferredName?: string;
            primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            profileSkills?: string[];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The state of the user. This property can be used to restore a deleted user or transition between active and inactive. If specified, it is the only modifiable field.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
            title?: string;
            username?: string;
            /**
             * Format: int32
             * @description This value should be the current version of the user. The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
        };
        UpdateVerifierRequest: {
            credential?: components["schemas"]["Credential"];
            default?: boolean;
            enabled?: boolean;
            name: string;
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
        UserActivityData: {
            data?: components["schemas"]["UserActivityMetricValue"][];
            entities?: components["schemas"]["UserActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        UserActivityEntityData: {
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
        UserActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
        };
        UserActivityQuery: {
            filter?: components["schemas"]["UserActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["UserActivityQueryMetric"][];
            order?: string;
        };
        UserActivityQueryClause: {
            predicates: components["schemas"]["UserActivityQueryPredicate"][];
            type: string;
        };
        UserActivityQueryFilter: {
            clauses?: components["schemas"]["UserActivityQueryClause"][];
            predicates?: components["schemas"]["UserActivityQueryPredicate"][];
            type: string;
        };
        UserActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        UserActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        UserActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["UserActivityData"][];
        };
        UserAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        UserAggregateQueryClause: {
            predicates: components["schemas"]["UserAggregateQueryPredicate"][];
            type: string;
        };
        UserAggregateQueryFilter: {
            clauses?: components["schemas"]["UserAggregateQueryClause"][];
            predicates?: components["schemas"]["UserAggregateQueryPredicate"][];
            type: string;
        };
        UserAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        UserAggregateQueryResponse: {
            results?: components["schemas"]["UserAggregateDataContainer"][];
            systemToOrganizationMappings?: {
                [key: string]: string[];
            };
        };
        UserAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["UserAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["UserAggregationView"][];
        };
        UserAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        UserAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["UserAggregateDataContainer"][];
            systemToOrganizationMappings?: {
                [key: string]: string[];
            };
        };
        UserAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["UserAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["UserAggregationView"][];
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
        UserCursorEntityListing: {
            cursor?: string;
            entities?: components["schemas"]["User"][];
            nextUri?: string;
            results?: number;
            selfUri?: string;
        };
        UserCustomAttributes: {
            attributes: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            id?: string;
            name?: string;
            schema?: components["schemas"]["DataSchema"];
            selfUri?: string;
            userId?: string;
        };
        UserCustomAttributesUpdateRequest: {
            attributes: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            schemaId?: string;
            schemaVersion?: number;
        };
        UserDetailQueryClause: {
            predicates: components["schemas"]["UserDetailQueryPredicate"][];
            type: string;
        };
        UserDetailQueryFilter: {
            clauses?: components["schemas"]["UserDetailQueryClause"][];
            predicates?: components["schemas"]["UserDetailQueryPredicate"][];
            type: string;
        };
        UserDetailQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        UserDetailsQuery: {
            /** @description Specifies the date and time range of data being queried. Conversations MUST have started within this time range to potentially be included within the result set. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
            interval: string;
            /**
             * @description Sort the result set in ascending/descending order. Default is ascending
             * @enum {string}
             */
            order?: "asc" | "desc" | (string & {});
            paging?: components["schemas"]["PagingSpec"];
            /** @description Include faceted search and aggregate roll-ups of presence data in your search results. This does not function as a filter, but rather, summary data about the presence results matching your filters */
            presenceAggregations?: components["schemas"]["AnalyticsQueryAggregation"][];
            /** @description Filters that target system and organization presence-level data */
            presenceFilters?: components["schemas"]["PresenceDetailQueryFilter"][];
            /** @description Include faceted search and aggregate roll-ups of agent routing status data in your search results. This does not function as a filter, but rather, summary data about the agent routing status results matching your filters */
            routingStatusAggregations?: components["schemas"]["AnalyticsQueryAggregation"][];
            /** @description Filters that target agent routing status-level data */
            routingStatusFilters?: components["schemas"]["RoutingStatusDetailQueryFilter"][];
            /** @description Filters that target the users to retrieve data for */
            userFilters?: components["schemas"]["UserDetailQueryFilter"][];
        };
        UserEntity: {
            displayName: string;
            id: string;
            name: string;
        };
        UserEntityListing: {
            entities?: components["schemas"]["User"][];
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
        UserExpands: {
            authorization?: components["schemas"]["UserAuthorization"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            geolocation?: components["schemas"]["Geolocation"];
            integrationPresence?: components["schemas"]["UserPresence"];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            presence?: components["schemas"]["UserPresence"];
            routingStatus?: components["schemas"]["RoutingStatus"];
            station?: components["schemas"]["UserStations"];
        };
        UserExternalIdentifier: {
            authorityName: string;
            externalKey: string;
            selfUri?: string;
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
        UserLanguageEntityListing: {
            entities?: components["schemas"]["UserRoutingLanguage"][];
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
        UserMe: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            adjacents?: components["schemas"]["Adjacents"];
            authorization?: components["schemas"]["UserAuthorization"];
            autoAnswerSettings?: components["schemas"]["AutoAnswerSettings"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            date?: components["schemas"]["ServerDate"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            /** @description The first 50 direct reports to this user. */
            readonly directReports?: components["schemas"]["User"][];
            division?: components["schemas"]["Division"];
            divisionedPresenceDefinitions?: components["schemas"]["OrganizationPresenceDefinition"][];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            /** @description The first 50 favorited users. */
            readonly favorites?: components["schemas"]["User"][];
            fieldConfigs?: components["schemas"]["FieldConfigs"];
            geolocation?: components["schemas"]["Geolocation"];
            geolocationSettings?: components["schemas"]["GeolocationSettings"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The first 100 site locations for user's organization */
            readonly locationDefinitions?: components["schemas"]["LocationDefinition"][];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            organization?: components["schemas"]["Organization"];
            /** @description The first 100 organization roles, with applicable permission policies, for user's organization. */
            readonly orgAuthorization?: components["schemas"]["DomainOrganizationRole"][];
            orgProducts?: components["schemas"]["DomainOrganizationProduct"][];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description The first 100 presence definitions for user's organization. */
            readonly presenceDefinitions?: components["schemas"]["OrganizationPresence"][];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            /** @description The first 50 routing skills for user's organizations */
            readonly routingSkills?: components["schemas"]["RoutingSkill"][];
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
            /** @description The first 50 superiors of this user. */
            readonly superiors?: components["schemas"]["User"][];
            team?: components["schemas"]["Team"];
            title?: string;
            token?: components["schemas"]["TokenInfo"];
            /** @description Organizations having this user as a trustee */
            readonly trustors?: components["schemas"]["Trustor"][];
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        UserObservationDataContainer: {
            data?: components["schemas"]["ObservationMetricData"][];
            group?: {
                [key: string]: string;
            };
        };
        UserObservationQuery: {
            detailMetrics?: string[];
            filter: components["schemas"]["UserObservationQueryFilter"];
            metrics: string[];
        };
        UserObservationQueryClause: {
            predicates: components["schemas"]["UserObservationQueryPredicate"][];
            type: string;
        };
        UserObservationQueryFilter: {
            clauses?: components["schemas"]["UserObservationQueryClause"][];
            predicates?: components["schemas"]["UserObservationQueryPredicate"][];
            type: string;
        };
        UserObservationQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        UserObservationQueryResponse: {
            results?: components["schemas"]["UserObservationDataContainer"][];
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
        UserProfile: {
            dateModified?: string;
            expands?: components["schemas"]["UserExpands"];
            id?: string;
            name?: string;
            selfUri?: string;
            state?: string;
            version: number;
        };
        UserProfileEntityListing: {
            entities?: components["schemas"]["UserProfile"][];
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
        UserQueue: {
            acwSettings?: components["schemas"]["AcwSettings"];
            agentOwnedRouting?: components["schemas"]["AgentOwnedRouting"];
            bullseye?: components["schemas"]["Bullseye"];
            /** @description The name to use for caller identification for outbound calls from this queue. */
            callingPartyName?: string;
            /** @description The phone number to use for caller identification for outbound calls from this queue. */
            callingPartyNumber?: string;
            cannedResponseLibraries?: components["schemas"]["CannedResponseLibraries"];
            conditionalGroupActivation?: components["schemas"]["ConditionalGroupActivation"];
            conditionalGroupRouting?: components["schemas"]["ConditionalGroupRouting"];
            createdBy?: string;
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
            defaultMediaLanguage?: string;
            /** @description The default script Ids for the communication types. */
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
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            joined?: boolean;
            joinedMemberCount?: number;
            lastAgentRoutingMode?: string;
            mediaSettings?: components["schemas"]["QueueMediaSettings"];
            /** Format: int32 */
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
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The skill evaluation method to use when routing conversations.
             * @enum {string}
             */
            skillEvaluationMethod?: "NONE" | "BEST" | "ALL" | (string & {});
            suppressInQueueCallRecording?: boolean;
            userMemberCount?: number;
            whisperPrompt?: components["schemas"]["DomainEntityRef"];
        };
        UserQueueEntityListing: {
            entities?: components["schemas"]["UserQueue"][];
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
        UserRoutingLanguagePost: {
            id: string;
            languageUri?: string;
            proficiency: number;
            selfUri?: string;
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
        /** @description Represents an organization skill assigned to a user. When assigning to a user specify the organization skill id as the id. */
        UserRoutingSkillPost: {
            /** @description The id of the existing routing skill to add to the user */
            id: string;
            /**
             * Format: double
             * @description Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
             */
            proficiency: number;
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
        };
        UserSearchCriteria: {
            dateFormat?: string;
            /** @description The end value of the range. This field is used for range search types. */
            endValue?: string;
            /** @description Field names to search against */
            fields?: string[];
            /** @description Groups multiple conditions */
            group?: components["schemas"]["UserSearchCriteria"][];
            /**
             * @description How to apply this search criteria against other criteria
             * @enum {string}
             */
            operator?: "AND" | "OR" | "NOT" | (string & {});
            /** @description The start value of the range. This field is used for range search types. */
            startValue?: string;
            /**
             * @description Search Type
             * @enum {string}
             */
            type: "EXACT" | "STARTS_WITH" | "CONTAINS" | "REGEX" | "TERM" | "TERMS" | "REQUIRED_FIELDS" | "MATCH_ALL" | (string & {});
            /** @description A value for the search to match against */
            value?: string;
            /** @description A list of values for the search to match against */
            values?: string[];
        };
        UserSearchRequest: {
            enforcePermissions?: boolean;
            /** @description Provides more details about a specified resource */
            expand?: string[];
            integrationPresenceSource?: string;
            /**
             * Format: int32
             * @description The page of resources you want to retrieve
             */
            pageNumber?: number;
            /**
             * Format: int32
             * @description The number of results per page
             */
            pageSize?: number;
            query?: components["schemas"]["UserSearchCriteria"][];
            /** @description Multi-value sort order, list of multiple sort values */
            sort?: components["schemas"]["SearchSort"][];
            /** @description The field in the resource that you want to sort the results by */
            sortBy?: string;
            /**
             * @description The sort order for results
             * @enum {string}
             */
            sortOrder?: "ASC" | "DESC" | "SCORE" | (string & {});
        };
        UserSkillEntityListing: {
            entities?: components["schemas"]["UserRoutingSkill"][];
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
        UserSkillGroupEntityListing: {
            entities?: components["schemas"]["SkillGroup"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        UsersSearchResponse: {
            /** @description Q64 value for the current page of results */
            currentPage?: string;
            /** @description Q64 value for the next page of results */
            nextPage?: string;
            /**
             * Format: int32
             * @description The total number of pages
             */
            pageCount: number;
            /**
             * Format: int32
             * @description The current page number
             */
            pageNumber: number;
            /**
             * Format: int32
             * @description The current page size
             */
            pageSize: number;
            /** @description Q64 value for the previous page of results */
            previousPage?: string;
            /** @description Search results */
            results: components["schemas"]["User"][];
            /**
             * Format: int64
             * @description The total number of results found
             */
            total: number;
            /** @description Resource types the search was performed against */
            types: string[];
        };
        UserState: {
            state?: string;
            stateChangeDate?: string;
            stateChangeReason?: string;
            version?: number;
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
        UtilizationRequest: {
            labelUtilizations?: {
                [key: string]: components["schemas"]["LabelUtilizationRequest"];
            };
            maxInboundCalls?: number;
            utilization?: {
                [key: string]: components["schemas"]["MediaUtilization"];
            };
        };
        ValidateVerifierRequest: {
            enable?: boolean;
            token: string;
        };
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
        };
        Verifier: {
            credential?: components["schemas"]["Credential"];
            default?: boolean;
            enabled?: boolean;
            id?: string;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        VerifierEntityListing: {
            entities?: components["schemas"]["Verifier"][];
            selfUri?: string;
            total?: number;
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
export type SchemaAdjacents = components['schemas']['Adjacents'];
export type SchemaAgentDirectRoutingBackupSettings = components['schemas']['AgentDirectRoutingBackupSettings'];
export type SchemaAgentMaxUtilizationResponse = components['schemas']['AgentMaxUtilizationResponse'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAggregateMetricData = components['schemas']['AggregateMetricData'];
export type SchemaAggregateViewData = components['schemas']['AggregateViewData'];
export type SchemaAggregationRange = components['schemas']['AggregationRange'];
export type SchemaAggregationResult = components['schemas']['AggregationResult'];
export type SchemaAggregationResultEntry = components['schemas']['AggregationResultEntry'];
export type SchemaAnalyticsQueryAggregation = components['schemas']['AnalyticsQueryAggregation'];
export type SchemaAnalyticsRoutingStatusRecord = components['schemas']['AnalyticsRoutingStatusRecord'];
export type SchemaAnalyticsScoredAgent = components['schemas']['AnalyticsScoredAgent'];
export type SchemaAnalyticsUserDetail = components['schemas']['AnalyticsUserDetail'];
export type SchemaAnalyticsUserDetailsAsyncQueryResponse = components['schemas']['AnalyticsUserDetailsAsyncQueryResponse'];
export type SchemaAnalyticsUserDetailsQueryResponse = components['schemas']['AnalyticsUserDetailsQueryResponse'];
export type SchemaAnalyticsUserPresenceRecord = components['schemas']['AnalyticsUserPresenceRecord'];
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaAsyncUserDetailsQuery = components['schemas']['AsyncUserDetailsQuery'];
export type SchemaAuthenticatorAttestationResponse = components['schemas']['AuthenticatorAttestationResponse'];
export type SchemaAuthenticatorSelection = components['schemas']['AuthenticatorSelection'];
export type SchemaAuthzDivision = components['schemas']['AuthzDivision'];
export type SchemaAuthzGrant = components['schemas']['AuthzGrant'];
export type SchemaAuthzGrantPolicy = components['schemas']['AuthzGrantPolicy'];
export type SchemaAuthzGrantRole = components['schemas']['AuthzGrantRole'];
export type SchemaAuthzSubject = components['schemas']['AuthzSubject'];
export type SchemaAutoAnswerSetting = components['schemas']['AutoAnswerSetting'];
export type SchemaAutoAnswerSettings = components['schemas']['AutoAnswerSettings'];
export type SchemaBeginWebAuthnRegistrationResponse = components['schemas']['BeginWebAuthnRegistrationResponse'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCallForwarding = components['schemas']['CallForwarding'];
export type SchemaCallRoute = components['schemas']['CallRoute'];
export type SchemaCallTarget = components['schemas']['CallTarget'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaChangeMyPasswordRequest = components['schemas']['ChangeMyPasswordRequest'];
export type SchemaChangePasswordRequest = components['schemas']['ChangePasswordRequest'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaChatFavorite = components['schemas']['ChatFavorite'];
export type SchemaChatItem = components['schemas']['ChatItem'];
export type SchemaChatItemCursorListing = components['schemas']['ChatItemCursorListing'];
export type SchemaChatPresence = components['schemas']['ChatPresence'];
export type SchemaChatUserRef = components['schemas']['ChatUserRef'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaCreateUser = components['schemas']['CreateUser'];
export type SchemaCreateVerifierRequest = components['schemas']['CreateVerifierRequest'];
export type SchemaCreateVerifierResponse = components['schemas']['CreateVerifierResponse'];
export type SchemaCredential = components['schemas']['Credential'];
export type SchemaCredentialDescriptor = components['schemas']['CredentialDescriptor'];
export type SchemaCredentialParameter = components['schemas']['CredentialParameter'];
export type SchemaCredentialType = components['schemas']['CredentialType'];
export type SchemaDataAvailabilityResponse = components['schemas']['DataAvailabilityResponse'];
export type SchemaDataSchema = components['schemas']['DataSchema'];
export type SchemaDataSchemaListing = components['schemas']['DataSchemaListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDevelopmentActivity = components['schemas']['DevelopmentActivity'];
export type SchemaDevelopmentActivityAggregateParam = components['schemas']['DevelopmentActivityAggregateParam'];
export type SchemaDevelopmentActivityAggregateQueryRequestClause = components['schemas']['DevelopmentActivityAggregateQueryRequestClause'];
export type SchemaDevelopmentActivityAggregateQueryRequestFilter = components['schemas']['DevelopmentActivityAggregateQueryRequestFilter'];
export type SchemaDevelopmentActivityAggregateQueryRequestPredicate = components['schemas']['DevelopmentActivityAggregateQueryRequestPredicate'];
export type SchemaDevelopmentActivityAggregateQueryResponseData = components['schemas']['DevelopmentActivityAggregateQueryResponseData'];
export type SchemaDevelopmentActivityAggregateQueryResponseGroupedData = components['schemas']['DevelopmentActivityAggregateQueryResponseGroupedData'];
export type SchemaDevelopmentActivityAggregateQueryResponseMetric = components['schemas']['DevelopmentActivityAggregateQueryResponseMetric'];
export type SchemaDevelopmentActivityAggregateQueryResponseStatistics = components['schemas']['DevelopmentActivityAggregateQueryResponseStatistics'];
export type SchemaDevelopmentActivityAggregateResponse = components['schemas']['DevelopmentActivityAggregateResponse'];
export type SchemaDevelopmentActivityListing = components['schemas']['DevelopmentActivityListing'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDivsPermittedEntityListing = components['schemas']['DivsPermittedEntityListing'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainOrganizationProduct = components['schemas']['DomainOrganizationProduct'];
export type SchemaDomainOrganizationRole = components['schemas']['DomainOrganizationRole'];
export type SchemaDomainPermissionPolicy = components['schemas']['DomainPermissionPolicy'];
export type SchemaDomainResourceConditionNode = components['schemas']['DomainResourceConditionNode'];
export type SchemaDomainResourceConditionValue = components['schemas']['DomainResourceConditionValue'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaFieldConfig = components['schemas']['FieldConfig'];
export type SchemaFieldConfigs = components['schemas']['FieldConfigs'];
export type SchemaFieldList = components['schemas']['FieldList'];
export type SchemaFinishWebAuthnRegistrationRequest = components['schemas']['FinishWebAuthnRegistrationRequest'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGeolocationSettings = components['schemas']['GeolocationSettings'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaLabelUtilizationRequest = components['schemas']['LabelUtilizationRequest'];
export type SchemaLabelUtilizationResponse = components['schemas']['LabelUtilizationResponse'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMediaUtilization = components['schemas']['MediaUtilization'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaNamedEntity = components['schemas']['NamedEntity'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaObservationMetricData = components['schemas']['ObservationMetricData'];
export type SchemaObservationValue = components['schemas']['ObservationValue'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaOrganizationPresence = components['schemas']['OrganizationPresence'];
export type SchemaOrganizationPresenceDefinition = components['schemas']['OrganizationPresenceDefinition'];
export type SchemaOrgOAuthClient = components['schemas']['OrgOAuthClient'];
export type SchemaOrgUser = components['schemas']['OrgUser'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPagingSpec = components['schemas']['PagingSpec'];
export type SchemaPatchUser = components['schemas']['PatchUser'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaPresenceDetailQueryClause = components['schemas']['PresenceDetailQueryClause'];
export type SchemaPresenceDetailQueryFilter = components['schemas']['PresenceDetailQueryFilter'];
export type SchemaPresenceDetailQueryPredicate = components['schemas']['PresenceDetailQueryPredicate'];
export type SchemaPublicKeyCredentialCreationOptions = components['schemas']['PublicKeyCredentialCreationOptions'];
export type SchemaPublicKeyCredentialCreationResponse = components['schemas']['PublicKeyCredentialCreationResponse'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueFullReference = components['schemas']['QueueFullReference'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaRelyingPartyEntity = components['schemas']['RelyingPartyEntity'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoleDivision = components['schemas']['RoleDivision'];
export type SchemaRoleDivisionGrants = components['schemas']['RoleDivisionGrants'];
export type SchemaRoleDivisionPair = components['schemas']['RoleDivisionPair'];
export type SchemaRoom = components['schemas']['Room'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingSkill = components['schemas']['RoutingSkill'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaRoutingStatusDetailQueryClause = components['schemas']['RoutingStatusDetailQueryClause'];
export type SchemaRoutingStatusDetailQueryFilter = components['schemas']['RoutingStatusDetailQueryFilter'];
export type SchemaRoutingStatusDetailQueryPredicate = components['schemas']['RoutingStatusDetailQueryPredicate'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSchemaQuantityLimits = components['schemas']['SchemaQuantityLimits'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
export type SchemaSection = components['schemas']['Section'];
export type SchemaServerDate = components['schemas']['ServerDate'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillGroup = components['schemas']['SkillGroup'];
export type SchemaSkillGroupCondition = components['schemas']['SkillGroupCondition'];
export type SchemaSkillGroupLanguageCondition = components['schemas']['SkillGroupLanguageCondition'];
export type SchemaSkillGroupRoutingCondition = components['schemas']['SkillGroupRoutingCondition'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaStatisticalResponse = components['schemas']['StatisticalResponse'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTeamFullReference = components['schemas']['TeamFullReference'];
export type SchemaTokenInfo = components['schemas']['TokenInfo'];
export type SchemaTokenInfoClonedUser = components['schemas']['TokenInfoClonedUser'];
export type SchemaTrusteeAuthorization = components['schemas']['TrusteeAuthorization'];
export type SchemaTrustor = components['schemas']['Trustor'];
export type SchemaTrustorEntityListing = components['schemas']['TrustorEntityListing'];
export type SchemaUpdateUser = components['schemas']['UpdateUser'];
export type SchemaUpdateVerifierRequest = components['schemas']['UpdateVerifierRequest'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserActivityData = components['schemas']['UserActivityData'];
export type SchemaUserActivityEntityData = components['schemas']['UserActivityEntityData'];
export type SchemaUserActivityMetricValue = components['schemas']['UserActivityMetricValue'];
export type SchemaUserActivityQuery = components['schemas']['UserActivityQuery'];
export type SchemaUserActivityQueryClause = components['schemas']['UserActivityQueryClause'];
export type SchemaUserActivityQueryFilter = components['schemas']['UserActivityQueryFilter'];
export type SchemaUserActivityQueryMetric = components['schemas']['UserActivityQueryMetric'];
export type SchemaUserActivityQueryPredicate = components['schemas']['UserActivityQueryPredicate'];
export type SchemaUserActivityResponse = components['schemas']['UserActivityResponse'];
export type SchemaUserAggregateDataContainer = components['schemas']['UserAggregateDataContainer'];
export type SchemaUserAggregateQueryClause = components['schemas']['UserAggregateQueryClause'];
export type SchemaUserAggregateQueryFilter = components['schemas']['UserAggregateQueryFilter'];
export type SchemaUserAggregateQueryPredicate = components['schemas']['UserAggregateQueryPredicate'];
export type SchemaUserAggregateQueryResponse = components['schemas']['UserAggregateQueryResponse'];
export type SchemaUserAggregationQuery = components['schemas']['UserAggregationQuery'];
export type SchemaUserAggregationView = components['schemas']['UserAggregationView'];
export type SchemaUserAsyncAggregateQueryResponse = components['schemas']['UserAsyncAggregateQueryResponse'];
export type SchemaUserAsyncAggregationQuery = components['schemas']['UserAsyncAggregationQuery'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserCursorEntityListing = components['schemas']['UserCursorEntityListing'];
export type SchemaUserCustomAttributes = components['schemas']['UserCustomAttributes'];
export type SchemaUserCustomAttributesUpdateRequest = components['schemas']['UserCustomAttributesUpdateRequest'];
export type SchemaUserDetailQueryClause = components['schemas']['UserDetailQueryClause'];
export type SchemaUserDetailQueryFilter = components['schemas']['UserDetailQueryFilter'];
export type SchemaUserDetailQueryPredicate = components['schemas']['UserDetailQueryPredicate'];
export type SchemaUserDetailsQuery = components['schemas']['UserDetailsQuery'];
export type SchemaUserEntity = components['schemas']['UserEntity'];
export type SchemaUserEntityListing = components['schemas']['UserEntityListing'];
export type SchemaUserExpands = components['schemas']['UserExpands'];
export type SchemaUserExternalIdentifier = components['schemas']['UserExternalIdentifier'];
export type SchemaUserFullReference = components['schemas']['UserFullReference'];
export type SchemaUserLanguageEntityListing = components['schemas']['UserLanguageEntityListing'];
export type SchemaUserMe = components['schemas']['UserMe'];
export type SchemaUserObservationDataContainer = components['schemas']['UserObservationDataContainer'];
export type SchemaUserObservationQuery = components['schemas']['UserObservationQuery'];
export type SchemaUserObservationQueryClause = components['schemas']['UserObservationQueryClause'];
export type SchemaUserObservationQueryFilter = components['schemas']['UserObservationQueryFilter'];
export type SchemaUserObservationQueryPredicate = components['schemas']['UserObservationQueryPredicate'];
export type SchemaUserObservationQueryResponse = components['schemas']['UserObservationQueryResponse'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserProfile = components['schemas']['UserProfile'];
export type SchemaUserProfileEntityListing = components['schemas']['UserProfileEntityListing'];
export type SchemaUserQueue = components['schemas']['UserQueue'];
export type SchemaUserQueueEntityListing = components['schemas']['UserQueueEntityListing'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingLanguagePost = components['schemas']['UserRoutingLanguagePost'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserRoutingSkillPost = components['schemas']['UserRoutingSkillPost'];
export type SchemaUserSearchCriteria = components['schemas']['UserSearchCriteria'];
export type SchemaUserSearchRequest = components['schemas']['UserSearchRequest'];
export type SchemaUserSkillEntityListing = components['schemas']['UserSkillEntityListing'];
export type SchemaUserSkillGroupEntityListing = components['schemas']['UserSkillGroupEntityListing'];
export type SchemaUsersSearchResponse = components['schemas']['UsersSearchResponse'];
export type SchemaUserState = components['schemas']['UserState'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaUtilizationRequest = components['schemas']['UtilizationRequest'];
export type SchemaValidateVerifierRequest = components['schemas']['ValidateVerifierRequest'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
export type SchemaVerifier = components['schemas']['Verifier'];
export type SchemaVerifierEntityListing = components['schemas']['VerifierEntityListing'];
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
    postAnalyticsUsersActivityQuery: {
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
                "application/json": components["schemas"]["UserActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserActivityResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsUsersAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAsyncAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAnalyticsUsersAggregatesJob: {
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
                    "application/json": components["schemas"]["AsyncQueryStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteAnalyticsUsersAggregatesJob: {
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
    getAnalyticsUsersAggregatesJobResults: {
        parameters: {
            query?: {
                /** @description Cursor token to retrieve next page */
                cursor?: string;
            };
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
                    "application/json": components["schemas"]["UserAsyncAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsUsersAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAggregationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsUsersDetailsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AsyncUserDetailsQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAnalyticsUsersDetailsJob: {
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
                    "application/json": components["schemas"]["AsyncQueryStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteAnalyticsUsersDetailsJob: {
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
    getAnalyticsUsersDetailsJobResults: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description The desired maximum number of results */
                pageSize?: number;
            };
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
                    "application/json": components["schemas"]["AnalyticsUserDetailsAsyncQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAnalyticsUsersDetailsJobsAvailability: {
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
                    "application/json": components["schemas"]["DataAvailabilityResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsUsersDetailsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDetailsQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUserDetailsQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsUsersObservationsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserObservationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserObservationQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
    getFieldconfig: {
        parameters: {
            query: {
                /** @description Field type */
                type: "person" | "group" | "org" | "externalContact" | (string & {});
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
                    "application/json": components["schemas"]["FieldConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getProfilesUsers: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description id */
                id?: string[];
                /** @description Gets an integration presence for users instead of their defaults. This parameter will only be used when presence is provided as an expand. */
                integrationPresenceSource?: string;
                /** @description jid */
                jid?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
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
                    "application/json": components["schemas"]["UserProfileEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingDirectroutingbackupSettingsMe: {
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
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingDirectroutingbackupSettingsMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description directRoutingBackup */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingDirectroutingbackupSettingsMe: {
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
    getRoutingUserDirectroutingbackupSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingUserDirectroutingbackupSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description directRoutingBackup */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingUserDirectroutingbackupSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
    getRoutingUserUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["AgentMaxUtilizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingUserUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description utilization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UtilizationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMaxUtilizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingUserUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
    getUsers: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. Note, expand parameters are resolved with a best effort approach and not guaranteed to be returned. If requested expand information is absolutely required, it's recommended to use specific API requests instead. */
                expand?: string[];
                /** @description A list of user IDs to fetch by bulk */
                id?: string[];
                /** @description Gets an integration presence for users instead of their defaults. This parameter will only be used when presence is provided as an expand. When using this parameter the maximum number of users that can be returned is 100. */
                integrationPresenceSource?: string;
                /** @description A list of jabberIds to fetch by bulk (cannot be used with the id parameter) */
                jabberId?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
                /** @description Only list users of this state */
                state?: "active" | "deleted" | (string & {});
                /** @description Gets custom user attribute values for given schemas set for user. This parameter will only be used when customAttributes is provided as an expand. The maximum number of schemaIds that can be requested is 5 */
                userCustomAttributeSchemaIds?: string[];
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
                    "application/json": components["schemas"]["UserEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description User */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
    getUser: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. Note, expand parameters are resolved with a best effort approach and not guaranteed to be returned. If requested expand information is absolutely required, it's recommended to use specific API requests instead. */
                expand?: string[];
                /** @description Gets an integration presence for a user instead of their default. */
                integrationPresenceSource?: string;
                /** @description Search for a user with this state */
                state?: "active" | "deleted" | (string & {});
                /** @description Gets custom user attribute values for given schemas set for user. This parameter will only be used when customAttributes is provided as an expand. The maximum number of schemaIds that can be requested is 100 */
                userCustomAttributeSchemaIds?: string[];
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
    patchUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description User */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Resource conflict - Unexpected version was provided */
            409: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserAdjacents: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["Adjacents"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserCallforwarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["CallForwarding"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserCallforwarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Call forwarding */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallForwarding"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallForwarding"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserCallforwarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Call forwarding */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallForwarding"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallForwarding"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserCustomattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCustomAttributesUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCustomAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserCustomattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCustomAttributesUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCustomAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserCustomattribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description schemaId */
                schemaId: string;
                /** @description user ID */
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
                    "application/json": components["schemas"]["UserCustomAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserCustomattribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description schemaId */
                schemaId: string;
                /** @description user ID */
                userId: string;
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
    getUserCustomattributesBulk: {
        parameters: {
            query: {
                schemaIds: string[];
            };
            header?: never;
            path: {
                /** @description user ID */
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
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserCustomattributesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCustomAttributesUpdateRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCustomAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserDirectreports: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["User"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserExternalid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["UserExternalIdentifier"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserExternalid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserExternalIdentifier"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserExternalIdentifier"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserExternalidAuthorityName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Authority Name */
                authorityName: string;
                /** @description User ID */
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
                    "application/json": components["schemas"]["UserExternalIdentifier"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserExternalidAuthorityNameExternalKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Authority Name */
                authorityName: string;
                /** @description External Key */
                externalKey: string;
                /** @description User ID */
                userId: string;
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
    getUserFavorites: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserGeolocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description client Id */
                clientId: string;
                /** @description user Id */
                userId: string;
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
                    "application/json": components["schemas"]["Geolocation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserGeolocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description client Id */
                clientId: string;
                /** @description user Id */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Geolocation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Geolocation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geolocation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserInvite: {
        parameters: {
            query?: {
                /** @description Resend the invitation even if one is already outstanding */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitation Sent */
            204: {
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
    getUserOutofoffice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["OutOfOffice"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserOutofoffice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The updated OutOffOffice */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutOfOffice"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutOfOffice"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Password */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
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
    getUserProfile: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Gets an integration presence for a user instead of their default. */
                integrationPresenceSource?: string;
            };
            header?: never;
            path: {
                /** @description userId */
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
                    "application/json": components["schemas"]["UserProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserProfileskills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
    putUserProfileskills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skills */
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
    getUserQueues: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description Is joined to the queue */
                joined?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserQueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserQueues: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description User Queues */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserQueue"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserQueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Queue Member */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserQueue"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserQueue"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserRoutinglanguages: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["UserLanguageEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserRoutinglanguages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingLanguagePost"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingLanguage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserRoutinglanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description languageId */
                languageId: string;
                /** @description User ID */
                userId: string;
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
    patchUserRoutinglanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description languageId */
                languageId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingLanguage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingLanguage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserRoutinglanguagesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingLanguagePost"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserLanguageEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserRoutingskills: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserSkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserRoutingskills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkillPost"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserRoutingskill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description skillId */
                skillId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkill"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Resource conflict - Unexpected version was provided */
            409: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserRoutingskill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description skillId */
                skillId: string;
                /** @description User ID */
                userId: string;
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
    putUserRoutingskillsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkillPost"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserRoutingskillsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkillPost"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserRoutingstatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["RoutingStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserRoutingstatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Routing Status */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingStatus"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserSkillgroups: {
        parameters: {
            query?: {
                /** @description The cursor that points to the next page */
                after?: string;
                /** @description The cursor that points to the previous page */
                before?: string;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["UserSkillGroupEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["UserState"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description User */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserState"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserState"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserStation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserStations"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserStationAssociatedstation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
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
    putUserStationAssociatedstationStationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description stationId */
                stationId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
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
    deleteUserStationDefaultstation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
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
    putUserStationDefaultstationStationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description stationId */
                stationId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
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
    getUserSuperiors: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["User"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserTrustors: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["TrustorEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserVerifiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["VerifierEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserVerifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
                /** @description Verifier ID */
                verifierId: string;
            };
            cookie?: never;
        };
        /** @description Verifier Update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVerifierRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verifier"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserVerifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
                /** @description Verifier ID */
                verifierId: string;
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
    patchUsersBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Users */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchUser"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersChatsMe: {
        parameters: {
            query?: {
                /** @description The key to start after */
                after?: string;
                /** @description Whether or not to exclude closed chats */
                excludeClosed?: boolean;
                /** @description Whether or not to include user presence */
                includePresence?: boolean;
                /** @description Whether or not to include room owners */
                includeRoomOwners?: boolean;
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
                    "application/json": components["schemas"]["ChatItemCursorListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersCustomattributesSchemas: {
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
    postUsersCustomattributesSchemas: {
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
    getUsersCustomattributesSchema: {
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
    putUsersCustomattributesSchema: {
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
    deleteUsersCustomattributesSchema: {
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
    getUsersCustomattributesSchemaVersions: {
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
    getUsersCustomattributesSchemaVersion: {
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
    getUsersCustomattributesSchemasCoretypes: {
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
    getUsersCustomattributesSchemasCoretype: {
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
    getUsersCustomattributesSchemasLimits: {
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
    getUsersDevelopmentActivities: {
        parameters: {
            query?: {
                /** @description Specifies the range of completion dates to be used for filtering. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                completionInterval?: string;
                /** @description Specifies the dateDue range to be queried. Milliseconds will be truncated. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Specifies the ID of the learning module. */
                moduleId?: string;
                /** @description Specifies if non-overdue, overdue, or all activities are returned. If not specified, all activities are returned */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Specifies if only the failed (pass is False) or passed (pass is True) activities are returned. If pass is Any or if the pass parameter is not supplied, all activities are returned */
                pass?: string;
                /** @description Specifies how the current user relation should be interpreted, and filters the activities returned to only the activities that have the specified relationship. If a value besides Attendee is specified, it will only return Coaching Appointments. If not specified, no filtering is applied. */
                relationship?: string[];
                /** @description Specifies result set sort order sorted by the date due; if not specified, default sort order is descending (Desc) */
                sortOrder?: string;
                /** @description Specifies the activity statuses to filter by */
                statuses?: string[];
                /** @description Specifies the activity types. Informational, AssessedContent and Assessment are deprecated */
                types?: string[];
                /** @description Specifies the list of user IDs to be queried, up to 100 user IDs. It searches for any relationship for the userId. */
                userId?: string[];
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
                    "application/json": components["schemas"]["DevelopmentActivityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersDevelopmentActivity: {
        parameters: {
            query: {
                /** @description Specifies the activity type. Informational, AssessedContent and Assessment are deprecated */
                type: string;
            };
            header?: never;
            path: {
                /** @description Specifies the activity ID, maps to either assignment or appointment ID */
                activityId: string;
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
                    "application/json": components["schemas"]["DevelopmentActivity"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersDevelopmentActivitiesAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Aggregate Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevelopmentActivityAggregateParam"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentActivityAggregateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersDevelopmentActivitiesMe: {
        parameters: {
            query?: {
                /** @description Specifies the range of completion dates to be used for filtering. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                completionInterval?: string;
                /** @description Specifies the dateDue range to be queried. Milliseconds will be truncated. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Specifies the ID of the learning module. */
                moduleId?: string;
                /** @description Specifies if non-overdue, overdue, or all activities are returned. If not specified, all activities are returned */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Specifies if only the failed (pass is False) or passed (pass is True) activities are returned. If pass is Any or if the pass parameter is not supplied, all activities are returned */
                pass?: string;
                /** @description Specifies how the current user relation should be interpreted, and filters the activities returned to only the activities that have the specified relationship. If a value besides Attendee is specified, it will only return Coaching Appointments. If not specified, no filtering is applied. */
                relationship?: string[];
                /** @description Specifies result set sort order sorted by the date due; if not specified, default sort order is descending (Desc) */
                sortOrder?: string;
                /** @description Specifies the activity statuses to filter by */
                statuses?: string[];
                /** @description Specifies the activity types. Informational, AssessedContent and Assessment are deprecated */
                types?: string[];
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
                    "application/json": components["schemas"]["DevelopmentActivityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersExternalidAuthorityNameExternalKey: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Authority Name */
                authorityName: string;
                /** @description External Key */
                externalKey: string;
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
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersMe: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Get your presence for a given integration. This parameter will only be used when presence is provided as an expand. */
                integrationPresenceSource?: string;
                /** @description Gets custom user attribute values for given schemas set for user. This parameter will only be used when customAttributes is provided as an expand. The maximum number of schemaIds that can be requested is 100 */
                userCustomAttributeSchemaIds?: string[];
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
                    "application/json": components["schemas"]["UserMe"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Password */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMyPasswordRequest"];
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
    getUsersMeVerifiers: {
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
                    "application/json": components["schemas"]["VerifierEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUsersMeVerifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verifier ID */
                verifierId: string;
            };
            cookie?: never;
        };
        /** @description Verifier Update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVerifierRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verifier"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUsersMeVerifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verifier ID */
                verifierId: string;
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
    postUsersMeVerifiersTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Verifier */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVerifierRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVerifierResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersMeVerifiersTotpVerifierId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Verifier ID */
                verifierId: string;
            };
            cookie?: never;
        };
        /** @description Verifier Validate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateVerifierRequest"];
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
    postUsersMeVerifiersWebauthnRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description WebAuthn registration result */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinishWebAuthnRegistrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verifier"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersMeVerifiersWebauthnRegisterOptions: {
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
                    "application/json": components["schemas"]["BeginWebAuthnRegistrationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersQuery: {
        parameters: {
            query?: {
                /** @description Cursor token to retrieve next page */
                cursor?: string;
                /** @description Which fields, if any, to expand. Note, expand parameters are resolved with a best effort approach and not guaranteed to be returned. If requested expand information is absolutely required, it's recommended to use specific API requests instead. */
                expand?: string[];
                /** @description Gets an integration presence for users instead of their defaults. This parameter will only be used when presence is provided as an expand. When using this parameter the maximum number of users that can be returned is 100. */
                integrationPresenceSource?: string;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
                /** @description Only list users of this state */
                state?: string;
                /** @description Gets custom user attribute values for given schemas set for user. This parameter will only be used when customAttributes is provided as an expand. The maximum number of schemaIds that can be requested is 5 */
                userCustomAttributeSchemaIds?: string[];
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
                    "application/json": components["schemas"]["UserCursorEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersSearch: {
        parameters: {
            query: {
                /** @description expand */
                expand?: string[];
                /** @description integrationPresenceSource */
                integrationPresenceSource?: string;
                /** @description q64 */
                q64: string;
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
                    "application/json": components["schemas"]["UsersSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSearchRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersSearchConversationTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersSearchQueuemembersManage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUsersSearchTeamsAssign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUsersStationsMe: {
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
                    "application/json": components["schemas"]["UserStations"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUsersStationsMeAssociatedstation: {
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
    putUsersStationsMeAssociatedstationStationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description stationId */
                stationId: string;
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
}
