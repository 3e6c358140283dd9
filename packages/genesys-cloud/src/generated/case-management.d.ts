// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/case-management/openapi.yaml (sha256 e803005d14ace005)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area case-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Case Management (50 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const caseManagement = caseManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function caseManagementApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/casemanagement/caseplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Caseplans.
         * @permissions ANY: `caseManagement:caseplan:view`
         */
        get: operations["getCasemanagementCaseplans"];
        put?: never;
        /**
         * Create a Caseplan.
         * @permissions ANY: `caseManagement:caseplan:add`
         */
        post: operations["postCasemanagementCaseplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Caseplan.
         * @permissions ANY: `caseManagement:caseplan:view`
         */
        get: operations["getCasemanagementCaseplan"];
        put?: never;
        post?: never;
        /**
         * Delete a Caseplan.
         * @permissions ALL: `caseManagement:caseplan:delete`
         */
        delete: operations["deleteCasemanagementCaseplan"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a Caseplan.
         * @permissions ALL: `caseManagement:caseplan:edit`
         */
        patch: operations["patchCasemanagementCaseplan"];
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/dataschemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a data schema to a draft Caseplan.
         * @permissions ALL: `caseManagement:caseplanDataSchemas:add`
         */
        post: operations["postCasemanagementCaseplanDataschemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/dataschemas/{schemaKeyName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a data schema on a draft Caseplan.
         * @permissions ALL: `caseManagement:caseplanDataSchemas:edit`
         */
        put: operations["putCasemanagementCaseplanDataschema"];
        post?: never;
        /**
         * Remove a data schema from a draft Caseplan.
         * @permissions ALL: `caseManagement:caseplanDataSchemas:delete`
         */
        delete: operations["deleteCasemanagementCaseplanDataschema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/intakesettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the intake settings for a Caseplan.
         * @permissions ANY: `caseManagement:caseplanIntakeSettings:edit`
         */
        put: operations["putCasemanagementCaseplanIntakesettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Caseplan.
         * @permissions ANY: `caseManagement:caseplan:publish`
         */
        post: operations["postCasemanagementCaseplanPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/stageplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Stageplan on a draft Caseplan.
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        post: operations["postCasemanagementCaseplanStageplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/stageplans/{stageplanId}": {
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
         * Delete a Stageplan from a draft Caseplan.
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        delete: operations["deleteCasemanagementCaseplanStageplan"];
        options?: never;
        head?: never;
        /**
         * Update the attributes of a Stageplan.
         * @permissions ANY: `caseManagement:stageplan:edit`
         */
        patch: operations["patchCasemanagementCaseplanStageplan"];
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/stageplans/{stageplanId}/reposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reposition a Stageplan within a draft Caseplan.
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        post: operations["postCasemanagementCaseplanStageplanReposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/stageplans/{stageplanId}/stepplans/{stepplanId}": {
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
         * Update the attributes of a Stepplan.
         * @permissions ANY: `caseManagement:stepplan:edit`
         */
        patch: operations["patchCasemanagementCaseplanStageplanStepplan"];
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Caseplan version.
         * @permissions ALL: `caseManagement:caseplan:edit`
         */
        post: operations["postCasemanagementCaseplanVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Caseplan version.
         * @permissions ANY: `caseManagement:caseplan:version`
         */
        get: operations["getCasemanagementCaseplanVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/dataschemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the data schemas for a Caseplan version.
         * @permissions ANY: `caseManagement:caseplanDataSchemas:view`
         */
        get: operations["getCasemanagementCaseplanVersionDataschemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/intakesettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the intake settings for a Caseplan version.
         * @permissions ANY: `caseManagement:caseplanIntakeSettings:view`
         */
        get: operations["getCasemanagementCaseplanVersionIntakesettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Stageplans.
         * @permissions ANY: `caseManagement:stageplan:view`
         */
        get: operations["getCasemanagementCaseplanVersionStageplans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans/{stageplanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Stageplan.
         * @permissions ANY: `caseManagement:stageplan:view`
         */
        get: operations["getCasemanagementCaseplanVersionStageplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans/{stageplanId}/stepplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Stepplans.
         * @permissions ANY: `caseManagement:stepplan:view`
         */
        get: operations["getCasemanagementCaseplanVersionStageplanStepplans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans/{stageplanId}/stepplans/{stepplanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Stepplan.
         * @permissions ANY: `caseManagement:stepplan:view`
         */
        get: operations["getCasemanagementCaseplanVersionStageplanStepplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/caseplans/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for Caseplans.
         * @description This endpoint supports two filtering modes. The recommended approach uses filters (generic filter model) and attributes (field projection). During the migration period, the legacy fields name, nameSearchType, and divisionIds remain available as an alternative.
         * @permissions ANY: `caseManagement:caseplan:view`
         */
        post: operations["postCasemanagementCaseplansQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Case.
         * @permissions ANY: `caseManagement:case:add`
         */
        post: operations["postCasemanagementCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Case.
         * @permissions ANY: `caseManagement:case:view`
         */
        get: operations["getCasemanagementCase"];
        put?: never;
        post?: never;
        /**
         * Delete a Case.
         * @permissions ALL: `caseManagement:case:delete`
         */
        delete: operations["deleteCasemanagementCase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Case associations for the Case.
         * @permissions ANY: `caseManagement:caseAssociation:view`
         */
        get: operations["getCasemanagementCaseAssociations"];
        put?: never;
        /**
         * Create a Case association.
         * @permissions ANY: `caseManagement:caseAssociation:add`
         */
        post: operations["postCasemanagementCaseAssociations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/associations/{associationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Case Association.
         * @permissions ANY: `caseManagement:caseAssociation:view`
         */
        get: operations["getCasemanagementCaseAssociation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get comments for a Case.
         * @permissions ANY: `caseManagement:comment:view`
         */
        get: operations["getCasemanagementCaseComments"];
        put?: never;
        /**
         * Add a comment to a Case.
         * @permissions ANY: `caseManagement:comment:add`
         */
        post: operations["postCasemanagementCaseComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Comment.
         * @permissions ANY: `caseManagement:comment:view`
         */
        get: operations["getCasemanagementCaseComment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/comments/me/{commentId}": {
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
         * Delete my Comment.
         * @permissions ANY: `caseManagement:commentSelf:delete`
         */
        delete: operations["deleteCasemanagementCaseCommentsMeCommentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/datedue": {
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
         * Update the due date of a Case.
         * @permissions ANY: `caseManagement:caseDateDue:edit`
         */
        patch: operations["patchCasemanagementCaseDatedue"];
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/owner": {
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
         * Update the ownerId of a Case
         * @permissions ANY: `caseManagement:caseOwner:edit`
         */
        patch: operations["patchCasemanagementCaseOwner"];
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/priority": {
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
         * Update priority of a Case.
         * @permissions ANY: `caseManagement:casePriority:edit`
         */
        patch: operations["patchCasemanagementCasePriority"];
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Stages.
         * @permissions ANY: `caseManagement:stage:view`
         */
        get: operations["getCasemanagementCaseStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/stages/{stageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Stage.
         * @permissions ANY: `caseManagement:stage:view`
         */
        get: operations["getCasemanagementCaseStage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/stages/{stageId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Steps.
         * @permissions ANY: `caseManagement:step:view`
         */
        get: operations["getCasemanagementCaseStageSteps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/stages/{stageId}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Step.
         * @permissions ANY: `caseManagement:step:view`
         */
        get: operations["getCasemanagementCaseStageStep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/summary": {
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
         * Update summary of a Case.
         * @permissions ANY: `caseManagement:caseSummary:edit`
         */
        patch: operations["patchCasemanagementCaseSummary"];
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/terminate/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Terminate Job for a Case.
         * @permissions ANY: `caseManagement:terminateJob:add`
         */
        post: operations["postCasemanagementCaseTerminateJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/{caseId}/terminate/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Terminate Job for a Case.
         * @permissions ANY: `caseManagement:terminateJob:view`
         */
        get: operations["getCasemanagementCaseTerminateJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/associations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for Case associations by interaction.
         * @permissions ANY: `caseManagement:caseAssociation:view`
         */
        post: operations["postCasemanagementCasesAssociationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/externalcontacts/{externalContactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Cases for an External Contact.
         * @permissions ANY: `caseManagement:caseExternalContact:view`
         */
        get: operations["getCasemanagementCasesExternalcontact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/query/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Case query job.
         * @permissions ANY: `caseManagement:queryJob:add`
         */
        post: operations["postCasemanagementCasesQueryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/query/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a case query job by id
         * @permissions ALL: `caseManagement:queryJob:view`
         */
        get: operations["getCasemanagementCasesQueryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/query/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get results for a case query job
         * @permissions ALL: `caseManagement:queryJobResults:view`
         */
        get: operations["getCasemanagementCasesQueryJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/casemanagement/cases/references/{referenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Case by reference.
         * @permissions ANY: `caseManagement:caseReference:view`
         */
        get: operations["getCasemanagementCasesReference"];
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
        Case: {
            caseplan?: components["schemas"]["CaseplanReference"];
            creationStatus?: string;
            customerIntent?: components["schemas"]["CustomerIntentReference"];
            dateClosed?: string;
            dateCreated?: string;
            dateDue?: string;
            dateModified?: string;
            dateStarted?: string;
            division?: components["schemas"]["StarrableDivision"];
            externalContact?: components["schemas"]["CaseExternalContactReference"];
            failureReason?: components["schemas"]["FailureReason"];
            id?: string;
            modifiedBy?: components["schemas"]["CaseUserReference"];
            name?: string;
            owner?: components["schemas"]["CaseUserReference"];
            priority?: string;
            reference?: string;
            selfUri?: string;
            status?: string;
            summary?: string;
            ttlSeconds?: number;
            version?: number;
        };
        CaseAssociation: {
            associationType?: string;
            case?: components["schemas"]["CaseReference"];
            conversation?: components["schemas"]["ConversationReference"];
            dateAssociated?: string;
            id?: string;
            name?: string;
            selfUri?: string;
            stage?: components["schemas"]["StageReference"];
            step?: components["schemas"]["StepReference"];
            workitem?: components["schemas"]["WorkitemReference"];
        };
        CaseAssociationCreate: {
            conversationId?: string;
            workitemId?: string;
        };
        CaseAssociationListing: {
            entities?: components["schemas"]["CaseAssociation"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CaseAssociationQuery: {
            after?: string;
            conversationId?: string;
            pageSize?: number;
            workitemId?: string;
        };
        CaseAssociationQueryEntityListing: {
            after?: string;
            entities?: components["schemas"]["CaseAssociation"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CaseCreate: {
            caseplanId: string;
            conversationId?: string;
            externalContactId: string;
            intake?: components["schemas"]["Intake"][];
            ownerId?: string;
            summary?: string;
            ttlSeconds?: number;
            workitemId?: string;
        };
        CaseDateDueUpdate: {
            dateDue: string;
        };
        CaseExternalContactReference: {
            firstName?: string;
            id?: string;
            lastName?: string;
            selfUri?: string;
        };
        CaseListing: {
            entities?: components["schemas"]["Case"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CaseOwnerUpdate: {
            ownerId: string;
        };
        Caseplan: {
            customerIntent: components["schemas"]["CustomerIntentReference"];
            dateCreated: string;
            dateModified: string;
            datePublished?: string;
            defaultCaseOwner?: components["schemas"]["UserReference"];
            defaultDueDurationInSeconds: number;
            defaultTtlSeconds: number;
            description?: string;
            division: components["schemas"]["StarrableDivision"];
            id?: string;
            latest: number;
            modifiedBy: components["schemas"]["UserReference"];
            name: string;
            published?: number;
            referencePrefix: string;
            selfUri?: string;
            versionState?: string;
        };
        CaseplanCreate: {
            customerIntentId: string;
            dataSchemas?: components["schemas"]["CaseplanDataSchema"][];
            defaultCaseOwnerId?: string;
            defaultDueDurationInSeconds?: number;
            defaultTtlSeconds?: number;
            description?: string;
            divisionId: string;
            intakeSettings?: components["schemas"]["IntakeSetting"][];
            name: string;
            referencePrefix: string;
        };
        CaseplanCreateResponse: {
            customerIntent: components["schemas"]["CustomerIntentReference"];
            dataSchemas?: components["schemas"]["CaseplanDataSchema"][];
            dateCreated: string;
            dateModified: string;
            datePublished?: string;
            defaultCaseOwner?: components["schemas"]["UserReference"];
            defaultDueDurationInSeconds: number;
            defaultTtlSeconds: number;
            description?: string;
            division: components["schemas"]["StarrableDivision"];
            id?: string;
            intakeSettings?: components["schemas"]["IntakeSetting"][];
            latest: number;
            modifiedBy: components["schemas"]["UserReference"];
            name: string;
            published?: number;
            referencePrefix: string;
            selfUri?: string;
            versionState?: string;
        };
        CaseplanDataSchema: {
            id: string;
            selfUri?: string;
        };
        CaseplanDataSchemaListing: {
            entities?: components["schemas"]["CaseplanDataSchema"][];
        };
        CaseplanDataSchemaRequest: {
            id: string;
        };
        CaseplanFilter: {
            name: string;
            operator: string;
            values: string[];
        };
        CaseplanListing: {
            entities?: components["schemas"]["Caseplan"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CaseplanQueryEntityListing: {
            after?: string;
            entities?: components["schemas"]["Caseplan"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CaseplanQueryRequest: {
            after?: string;
            attributes?: string[];
            divisionIds?: string[];
            filters?: components["schemas"]["CaseplanFilter"][];
            name?: string;
            nameSearchType?: string;
            pageSize?: number;
        };
        CaseplanReference: {
            id?: string;
            name?: string;
            selfUri?: string;
            version?: number;
        };
        CaseplanUpdate: {
            customerIntentId?: string;
            defaultCaseOwnerId?: string;
            defaultDueDurationInSeconds?: number;
            defaultTtlSeconds?: number;
            description?: string;
            divisionId?: string;
            name?: string;
            referencePrefix?: string;
        };
        CasePriorityUpdate: {
            priority: string;
        };
        CaseQueryJobCreate: {
            attributes?: string[];
            expands?: string[];
            filters: components["schemas"]["CaseQueryJobFilter"][];
            pageNumber?: number;
            pageSize?: number;
            sort?: components["schemas"]["CaseQueryJobSort"];
        };
        CaseQueryJobError: {
            code?: string;
            message?: string;
        };
        CaseQueryJobFilter: {
            name: string;
            operator: string;
            values: string[];
        };
        CaseQueryJobResponse: {
            dateFinished?: string;
            dateStarted?: string;
            error?: components["schemas"]["CaseQueryJobError"];
            id?: string;
            selfUri?: string;
            state?: string;
        };
        CaseQueryJobResultsResponse: {
            entities?: components["schemas"]["Case"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        CaseQueryJobSort: {
            ascending?: boolean;
            name?: string;
        };
        CaseReference: {
            id?: string;
            selfUri?: string;
        };
        CaseSummaryUpdate: {
            summary: string;
        };
        CaseUserReference: {
            id?: string;
            images?: components["schemas"]["Image"][];
            name?: string;
            presence?: components["schemas"]["UserPresence"];
            selfUri?: string;
        };
        Comment: {
            content?: string;
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            selfUri?: string;
            user?: components["schemas"]["UserReference"];
        };
        CommentCreate: {
            content: string;
        };
        CommentListing: {
            entities?: components["schemas"]["Comment"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ConversationReference: {
            id?: string;
            selfUri?: string;
        };
        CustomerIntentReference: {
            id?: string;
            name?: string;
            selfUri?: string;
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
        FailureReason: {
            code?: string;
            message?: string;
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        Intake: {
            data?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        IntakeSetting: {
            displayOrder: number;
            property: string;
            required: boolean;
        };
        IntakeSettingsListing: {
            entities?: components["schemas"]["IntakeSetting"][];
        };
        IntakeSettingsUpdate: {
            intakeSettings?: components["schemas"]["IntakeSetting"][];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
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
        Stage: {
            case?: components["schemas"]["CaseReference"];
            dateCompleted?: string;
            dateCreated?: string;
            dateModified?: string;
            dateStarted?: string;
            description?: string;
            failureReason?: components["schemas"]["FailureReason"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        StageListing: {
            entities?: components["schemas"]["Stage"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Stageplan: {
            caseplan?: components["schemas"]["CaseplanReference"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
        };
        StageplanCreate: {
            after?: string;
            description?: string;
            name: string;
        };
        StageplanListing: {
            entities?: components["schemas"]["Stageplan"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        StageplanReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        StageplanReposition: {
            after?: string;
        };
        StageplanUpdate: {
            description?: string;
            name?: string;
        };
        StageReference: {
            id?: string;
            selfUri?: string;
        };
        StarrableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        Step: {
            case?: components["schemas"]["CaseReference"];
            dateCompleted?: string;
            dateCreated?: string;
            dateModified?: string;
            dateStarted?: string;
            description?: string;
            failureReason?: components["schemas"]["FailureReason"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            stage?: components["schemas"]["StageReference"];
            status?: string;
            version?: number;
            workitemActivity?: components["schemas"]["WorkitemActivityReference"];
        };
        StepListing: {
            entities?: components["schemas"]["Step"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Stepplan: {
            activityType?: string;
            caseplan?: components["schemas"]["CaseplanReference"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            stageplan?: components["schemas"]["StageplanReference"];
            workitemSettings?: components["schemas"]["WorkitemSettingsResponse"];
        };
        StepplanListing: {
            entities?: components["schemas"]["Stepplan"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        StepplansWorktypeReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        StepplanUpdate: {
            activityType?: string;
            description?: string;
            name?: string;
            workitemSettings?: components["schemas"]["WorkitemSettings"];
        };
        StepReference: {
            id?: string;
            selfUri?: string;
        };
        TerminateJob: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            jobType?: string;
            selfUri?: string;
            status?: string;
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
        WorkitemActivityReference: {
            id?: string;
            selfUri?: string;
        };
        WorkitemReference: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WorkitemSettings: {
            worktypeId?: string;
        };
        WorkitemSettingsResponse: {
            worktype?: components["schemas"]["StepplansWorktypeReference"];
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
export type SchemaCase = components['schemas']['Case'];
export type SchemaCaseAssociation = components['schemas']['CaseAssociation'];
export type SchemaCaseAssociationCreate = components['schemas']['CaseAssociationCreate'];
export type SchemaCaseAssociationListing = components['schemas']['CaseAssociationListing'];
export type SchemaCaseAssociationQuery = components['schemas']['CaseAssociationQuery'];
export type SchemaCaseAssociationQueryEntityListing = components['schemas']['CaseAssociationQueryEntityListing'];
export type SchemaCaseCreate = components['schemas']['CaseCreate'];
export type SchemaCaseDateDueUpdate = components['schemas']['CaseDateDueUpdate'];
export type SchemaCaseExternalContactReference = components['schemas']['CaseExternalContactReference'];
export type SchemaCaseListing = components['schemas']['CaseListing'];
export type SchemaCaseOwnerUpdate = components['schemas']['CaseOwnerUpdate'];
export type SchemaCaseplan = components['schemas']['Caseplan'];
export type SchemaCaseplanCreate = components['schemas']['CaseplanCreate'];
export type SchemaCaseplanCreateResponse = components['schemas']['CaseplanCreateResponse'];
export type SchemaCaseplanDataSchema = components['schemas']['CaseplanDataSchema'];
export type SchemaCaseplanDataSchemaListing = components['schemas']['CaseplanDataSchemaListing'];
export type SchemaCaseplanDataSchemaRequest = components['schemas']['CaseplanDataSchemaRequest'];
export type SchemaCaseplanFilter = components['schemas']['CaseplanFilter'];
export type SchemaCaseplanListing = components['schemas']['CaseplanListing'];
export type SchemaCaseplanQueryEntityListing = components['schemas']['CaseplanQueryEntityListing'];
export type SchemaCaseplanQueryRequest = components['schemas']['CaseplanQueryRequest'];
export type SchemaCaseplanReference = components['schemas']['CaseplanReference'];
export type SchemaCaseplanUpdate = components['schemas']['CaseplanUpdate'];
export type SchemaCasePriorityUpdate = components['schemas']['CasePriorityUpdate'];
export type SchemaCaseQueryJobCreate = components['schemas']['CaseQueryJobCreate'];
export type SchemaCaseQueryJobError = components['schemas']['CaseQueryJobError'];
export type SchemaCaseQueryJobFilter = components['schemas']['CaseQueryJobFilter'];
export type SchemaCaseQueryJobResponse = components['schemas']['CaseQueryJobResponse'];
export type SchemaCaseQueryJobResultsResponse = components['schemas']['CaseQueryJobResultsResponse'];
export type SchemaCaseQueryJobSort = components['schemas']['CaseQueryJobSort'];
export type SchemaCaseReference = components['schemas']['CaseReference'];
export type SchemaCaseSummaryUpdate = components['schemas']['CaseSummaryUpdate'];
export type SchemaCaseUserReference = components['schemas']['CaseUserReference'];
export type SchemaComment = components['schemas']['Comment'];
export type SchemaCommentCreate = components['schemas']['CommentCreate'];
export type SchemaCommentListing = components['schemas']['CommentListing'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaCustomerIntentReference = components['schemas']['CustomerIntentReference'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFailureReason = components['schemas']['FailureReason'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaIntake = components['schemas']['Intake'];
export type SchemaIntakeSetting = components['schemas']['IntakeSetting'];
export type SchemaIntakeSettingsListing = components['schemas']['IntakeSettingsListing'];
export type SchemaIntakeSettingsUpdate = components['schemas']['IntakeSettingsUpdate'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaStage = components['schemas']['Stage'];
export type SchemaStageListing = components['schemas']['StageListing'];
export type SchemaStageplan = components['schemas']['Stageplan'];
export type SchemaStageplanCreate = components['schemas']['StageplanCreate'];
export type SchemaStageplanListing = components['schemas']['StageplanListing'];
export type SchemaStageplanReference = components['schemas']['StageplanReference'];
export type SchemaStageplanReposition = components['schemas']['StageplanReposition'];
export type SchemaStageplanUpdate = components['schemas']['StageplanUpdate'];
export type SchemaStageReference = components['schemas']['StageReference'];
export type SchemaStarrableDivision = components['schemas']['StarrableDivision'];
export type SchemaStep = components['schemas']['Step'];
export type SchemaStepListing = components['schemas']['StepListing'];
export type SchemaStepplan = components['schemas']['Stepplan'];
export type SchemaStepplanListing = components['schemas']['StepplanListing'];
export type SchemaStepplansWorktypeReference = components['schemas']['StepplansWorktypeReference'];
export type SchemaStepplanUpdate = components['schemas']['StepplanUpdate'];
export type SchemaStepReference = components['schemas']['StepReference'];
export type SchemaTerminateJob = components['schemas']['TerminateJob'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaWorkitemActivityReference = components['schemas']['WorkitemActivityReference'];
export type SchemaWorkitemReference = components['schemas']['WorkitemReference'];
export type SchemaWorkitemSettings = components['schemas']['WorkitemSettings'];
export type SchemaWorkitemSettingsResponse = components['schemas']['WorkitemSettingsResponse'];
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
    getCasemanagementCaseplans: {
        parameters: {
            query?: {
                /** @description Cursor that points to the end of the previously returned set of Caseplans. */
                after?: string;
                /** @description Filter by customer intent. */
                customerIntentId?: string;
                /** @description Filter by divisions. */
                divisionIds?: string;
                /** @description Number of Caseplans to return. Maximum is 200. */
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
                    "application/json": components["schemas"]["CaseplanListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Caseplan create request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseplanCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseplanCreateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
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
                    "application/json": components["schemas"]["Caseplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteCasemanagementCaseplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
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
    patchCasemanagementCaseplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
            };
            cookie?: never;
        };
        /** @description Caseplan update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseplanUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caseplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplanDataschemas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
            };
            cookie?: never;
        };
        /** @description Data schema reference. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseplanDataSchemaRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseplanDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putCasemanagementCaseplanDataschema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Schema key (for example default). */
                schemaKeyName: string;
            };
            cookie?: never;
        };
        /** @description Data schema reference. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseplanDataSchemaRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseplanDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteCasemanagementCaseplanDataschema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Schema key (for example default). */
                schemaKeyName: string;
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
    putCasemanagementCaseplanIntakesettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
            };
            cookie?: never;
        };
        /** @description Intake settings update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntakeSettingsUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeSettingsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplanPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
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
                    "application/json": components["schemas"]["Caseplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplanStageplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
            };
            cookie?: never;
        };
        /** @description Stageplan create request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageplanCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stageplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteCasemanagementCaseplanStageplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
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
    patchCasemanagementCaseplanStageplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
            };
            cookie?: never;
        };
        /** @description Stageplan update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageplanUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stageplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplanStageplanReposition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
            };
            cookie?: never;
        };
        /** @description Stageplan reposition request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageplanReposition"];
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
    patchCasemanagementCaseplanStageplanStepplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
                /** @description Stepplan identifier. */
                stepplanId: string;
            };
            cookie?: never;
        };
        /** @description Stepplan update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepplanUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stepplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplanVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
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
                    "application/json": components["schemas"]["Caseplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["Caseplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersionDataschemas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["CaseplanDataSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersionIntakesettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["IntakeSettingsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersionStageplans: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Fields to expand. */
                expands?: string[];
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["StageplanListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersionStageplan: {
        parameters: {
            query?: {
                /** @description Fields to expand. */
                expands?: string[];
            };
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["Stageplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersionStageplanStepplans: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Fields to expand. */
                expands?: string[];
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["StepplanListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseplanVersionStageplanStepplan: {
        parameters: {
            query?: {
                /** @description Fields to expand. */
                expands?: string[];
            };
            header?: never;
            path: {
                /** @description Caseplan identifier. */
                caseplanId: string;
                /** @description Stageplan identifier. */
                stageplanId: string;
                /** @description Stepplan identifier. */
                stepplanId: string;
                /** @description Caseplan version identifier. */
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
                    "application/json": components["schemas"]["Stepplan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseplansQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Caseplan query request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseplanQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseplanQueryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Case create request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCase: {
        parameters: {
            query?: {
                /** @description Attributes to expand. Comma-separated if more than one. */
                expands?: string[];
            };
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
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
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteCasemanagementCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
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
    getCasemanagementCaseAssociations: {
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
            path: {
                /** @description Case identifier. */
                caseId: string;
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
                    "application/json": components["schemas"]["CaseAssociationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseAssociations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
            };
            cookie?: never;
        };
        /** @description Case association create request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseAssociationCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAssociation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case association identifier. */
                associationId: string;
                /** @description Case identifier. */
                caseId: string;
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
                    "application/json": components["schemas"]["CaseAssociation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseComments: {
        parameters: {
            query?: {
                /** @description Cursor pointing to the end of the previously returned page of comments. */
                after?: string;
                /** @description Number of comments to return. Maximum is 100. */
                pageSize?: number;
                /** @description Ascending or descending sort order. */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
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
                    "application/json": components["schemas"]["CommentListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
            };
            cookie?: never;
        };
        /** @description Comment create request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
                /** @description Comment identifier. */
                commentId: string;
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
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteCasemanagementCaseCommentsMeCommentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
                /** @description Comment identifier. */
                commentId: string;
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
    patchCasemanagementCaseDatedue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
            };
            cookie?: never;
        };
        /** @description Due date update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseDateDueUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchCasemanagementCaseOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
            };
            cookie?: never;
        };
        /** @description OwnerId */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseOwnerUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchCasemanagementCasePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
            };
            cookie?: never;
        };
        /** @description Priority update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CasePriorityUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseStages: {
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
            path: {
                /** @description Case identifier. */
                caseId: string;
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
                    "application/json": components["schemas"]["StageListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
                /** @description Stage identifier. */
                stageId: string;
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
                    "application/json": components["schemas"]["Stage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseStageSteps: {
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
            path: {
                /** @description Case identifier. */
                caseId: string;
                /** @description Stage identifier. */
                stageId: string;
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
                    "application/json": components["schemas"]["StepListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseStageStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
                /** @description Stage identifier. */
                stageId: string;
                /** @description Step identifier. */
                stepId: string;
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
                    "application/json": components["schemas"]["Step"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchCasemanagementCaseSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
            };
            cookie?: never;
        };
        /** @description Summary update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseSummaryUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCaseTerminateJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
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
                    "application/json": components["schemas"]["TerminateJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCaseTerminateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case identifier. */
                caseId: string;
                /** @description Terminate Job identifier. */
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
                    "application/json": components["schemas"]["TerminateJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCasesAssociationsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Case association query request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseAssociationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAssociationQueryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCasesExternalcontact: {
        parameters: {
            query?: {
                /** @description Cursor pointing to the end of the previously returned page of Cases. */
                after?: string;
                /** @description Filter by divisions. */
                divisionIds?: string;
                /** @description Fields to expand. */
                expands?: string[];
                /** @description Number of Cases to return (maximum 200). */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description External contact identifier. */
                externalContactId: string;
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
                    "application/json": components["schemas"]["CaseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postCasemanagementCasesQueryJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Case query job create request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseQueryJobCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseQueryJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCasesQueryJob: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["CaseQueryJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCasesQueryJobResults: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["CaseQueryJobResultsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getCasemanagementCasesReference: {
        parameters: {
            query?: {
                /** @description Attributes to expand. Comma-separated if more than one. */
                expands?: string[];
            };
            header?: never;
            path: {
                /** @description Case reference. */
                referenceId: string;
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
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
