// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/business-rules/openapi.yaml (sha256 d0cc7a09c78293be)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area business-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Business Rules (46 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const businessRules = businessRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function businessRulesApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/businessrules/decisiontables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of decision tables.
         * @permissions ANY: `businessrules:decisionTable:view`
         */
        get: operations["getBusinessrulesDecisiontables"];
        put?: never;
        /**
         * Create a decision table
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTable:add`, `businessrules:businessRulesSchema:view`, `routing:queue:view`
         */
        post: operations["postBusinessrulesDecisiontables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a decision table
         * @permissions ANY: `businessrules:decisionTable:view`
         */
        get: operations["getBusinessrulesDecisiontable"];
        put?: never;
        post?: never;
        /**
         * Delete a decision table
         * @permissions ANY: `businessrules:decisionTable:delete`
         */
        delete: operations["deleteBusinessrulesDecisiontable"];
        options?: never;
        head?: never;
        /**
         * Update a decision table
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTable:edit`, `businessrules:businessRulesSchema:view`, `routing:queue:view`
         */
        patch: operations["patchBusinessrulesDecisiontable"];
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a published decision table
         * @description Example request payload: {"inputs":{"schemaPropertykey1":"inputValue1","schemaPropertykey2":"inputValue2"}}
         * @permissions ANY: `businessrules:decisionTable:execute`
         */
        post: operations["postBusinessrulesDecisiontableExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List export jobs for a decision table
         * @permissions ANY: `businessrules:decisionTableExportJob:view`
         */
        get: operations["getBusinessrulesDecisiontableExports"];
        put?: never;
        /**
         * Create an export job for a decision table version
         * @permissions ANY: `businessrules:decisionTableExportJob:add`
         */
        post: operations["postBusinessrulesDecisiontableExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/exports/{exportJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an export job for a decision table
         * @permissions ANY: `businessrules:decisionTableExportJob:view`
         */
        get: operations["getBusinessrulesDecisiontableExport"];
        put?: never;
        post?: never;
        /**
         * Delete an export job for a decision table
         * @permissions ANY: `businessrules:decisionTableExportJob:delete`
         */
        delete: operations["deleteBusinessrulesDecisiontableExport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List decision table row import jobs
         * @permissions ANY: `businessrules:decisionTableImportJob:view`
         */
        get: operations["getBusinessrulesDecisiontableImports"];
        put?: never;
        /**
         * Create a decision table row import job
         * @permissions ANY: `businessrules:decisionTableImportJob:add`
         */
        post: operations["postBusinessrulesDecisiontableImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/imports/{importJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get decision table row import job
         * @permissions ANY: `businessrules:decisionTableImportJob:view`
         */
        get: operations["getBusinessrulesDecisiontableImport"];
        put?: never;
        post?: never;
        /**
         * Delete decision table row import job
         * @permissions ANY: `businessrules:decisionTableImportJob:delete`
         */
        delete: operations["deleteBusinessrulesDecisiontableImport"];
        options?: never;
        head?: never;
        /**
         * Update decision table row import job
         * @description Cancels an in-progress import job by supplying a status of Cancelled. Cancellation is idempotent: cancelling a job that is already Cancelled returns 200 with the cancelled job. Cancelling a job that is still Uploading or Processing returns 200. A job that has already finished (Complete or Failed) can no longer be cancelled.
         * @permissions ANY: `businessrules:decisionTableImportJob:edit`
         */
        patch: operations["patchBusinessrulesDecisiontableImport"];
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of decision table versions
         * @permissions ANY: `businessrules:decisionTable:view`
         */
        get: operations["getBusinessrulesDecisiontableVersions"];
        put?: never;
        /**
         * Create a new decision table version. When sourceVersion is not provided, the draft is created from the published version.
         * @permissions ANY: `businessrules:decisionTable:add`
         */
        post: operations["postBusinessrulesDecisiontableVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a decision table version
         * @permissions ANY: `businessrules:decisionTable:view`
         */
        get: operations["getBusinessrulesDecisiontableVersion"];
        put?: never;
        post?: never;
        /**
         * Delete a decision table version
         * @permissions ANY: `businessrules:decisionTable:delete`
         */
        delete: operations["deleteBusinessrulesDecisiontableVersion"];
        options?: never;
        head?: never;
        /**
         * Update a decision table version
         * @permissions ANY: `businessrules:decisionTable:edit`
         */
        patch: operations["patchBusinessrulesDecisiontableVersion"];
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a decision table version
         * @permissions ANY: `businessrules:decisionTable:copy`
         */
        post: operations["postBusinessrulesDecisiontableVersionCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a decision table version
         * @description Example request payload: {"inputs":{"schemaPropertykey1":"inputValue1","schemaPropertykey2":"inputValue2"}}
         * @permissions ANY: `businessrules:decisionTable:execute`
         */
        post: operations["postBusinessrulesDecisiontableVersionExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Publish a decision table version
         * @permissions ANY: `businessrules:decisionTable:publish`
         */
        put: operations["putBusinessrulesDecisiontableVersionPublish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-publish a superseded decision table version as the current published version
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postBusinessrulesDecisiontableVersionRollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of decision table rows.
         * @permissions ANY: `businessrules:decisionTableRow:view`
         */
        get: operations["getBusinessrulesDecisiontableVersionRows"];
        put?: never;
        /**
         * Create a decision table row
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTableRow:add`, `routing:queue:view`
         */
        post: operations["postBusinessrulesDecisiontableVersionRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/{rowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a decision table row
         * @permissions ANY: `businessrules:decisionTableRow:view`
         */
        get: operations["getBusinessrulesDecisiontableVersionRow"];
        /**
         * Full update a decision table row
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTableRow:edit`, `routing:queue:view`
         */
        put: operations["putBusinessrulesDecisiontableVersionRow"];
        post?: never;
        /**
         * Delete a decision table row
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTableRow:delete`, `routing:queue:view`
         */
        delete: operations["deleteBusinessrulesDecisiontableVersionRow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add decision table rows
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTableRow:add`, `routing:queue:view`
         */
        post: operations["postBusinessrulesDecisiontableVersionRowsBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk delete decision table rows
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTableRow:delete`, `routing:queue:view`
         */
        post: operations["postBusinessrulesDecisiontableVersionRowsBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/bulk/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update decision table rows
         * @description Required permissions depend on table content: if the table or row contains queue references, routing:queue:view is required in each queues division. Future platform objects will require their associated permissions in the relevant divisions when the table or row contains references to them.
         * @permissions ALL: all of `businessrules:decisionTableRow:edit`, `routing:queue:view`
         */
        post: operations["postBusinessrulesDecisiontableVersionRowsBulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for decision table rows
         * @permissions ANY: `businessrules:decisionTableRow:search`
         */
        post: operations["postBusinessrulesDecisiontableVersionRowsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a decision table version snapshot
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postBusinessrulesDecisiontableVersionSnapshot"];
        /**
         * Deletes a decision table version snapshot
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        delete: operations["deleteBusinessrulesDecisiontableVersionSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the Business Rules Schema to the latest version for a given decision table version
         * @permissions ANY: `businessrules:decisionTable:edit`
         */
        post: operations["postBusinessrulesDecisiontableVersionSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/decisiontables/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search for decision tables.
         * @permissions ANY: `businessrules:decisionTable:search`
         */
        get: operations["getBusinessrulesDecisiontablesSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `businessrules:businessRulesSchema:view`
         */
        get: operations["getBusinessrulesSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `businessrules:businessRulesSchema:add`
         */
        post: operations["postBusinessrulesSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `businessrules:businessRulesSchema:view`
         */
        get: operations["getBusinessrulesSchema"];
        /**
         * Update a schema
         * @permissions ANY: `businessrules:businessRulesSchema:edit`
         */
        put: operations["putBusinessrulesSchema"];
        post?: never;
        /**
         * Delete a schema
         * @permissions ANY: `businessrules:businessRulesSchema:delete`
         */
        delete: operations["deleteBusinessrulesSchema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List schema versions
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        get: operations["getBusinessrulesSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/schemas/{schemaId}/versions/{schemaVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema version
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        get: operations["getBusinessrulesSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `businessrules:businessRulesSchema:view`
         */
        get: operations["getBusinessrulesSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/businessrules/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific named core type.
         * @permissions ANY: `businessrules:businessRulesSchema:view`
         */
        get: operations["getBusinessrulesSchemasCoretype"];
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
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        BulkAddDecisionTableRowsRequest: {
            rows: components["schemas"]["CreateDecisionTableRowRequest"][];
        };
        BulkAddDecisionTableRowsResponse: {
            rows: components["schemas"]["DecisionTableRow"][];
            totalCreated: number;
        };
        BulkDeleteDecisionTableRowsRequest: {
            rowIds: string[];
        };
        BulkUpdateDecisionTableRowsRequest: {
            rows: components["schemas"]["Row"][];
        };
        BulkUpdateDecisionTableRowsResponse: {
            rows: components["schemas"]["DecisionTableRow"][];
            totalUpdated: number;
        };
        BusinessRulesDataSchema: {
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
        BusinessRulesDataSchemaListing: {
            entities?: components["schemas"]["BusinessRulesDataSchema"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        BusinessRulesParentSchemaRef: {
            id?: string;
            name?: string;
            selfUri?: string;
            version?: number;
        };
        BusinessRulesSchemaCreateRequest: {
            jsonSchema: components["schemas"]["JsonSchemaWithDefinitions"];
        };
        BusinessRulesSchemaUpdateRequest: {
            enabled?: boolean;
            jsonSchema: components["schemas"]["JsonSchemaWithDefinitions"];
            version: number;
        };
        Contractual: {
            contractual?: components["schemas"]["Contractual"];
            schemaPropertyKey: string;
        };
        CopyDecisionTableRequest: {
            description?: string;
            name: string;
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
        CreateDecisionTableColumnsRequest: {
            inputs: components["schemas"]["DecisionTableInputColumnRequest"][];
            outputs: components["schemas"]["DecisionTableOutputColumnRequest"][];
        };
        CreateDecisionTableImportJobRequest: {
            fileName: string;
            importMode: string;
        };
        CreateDecisionTableRequest: {
            columns: components["schemas"]["CreateDecisionTableColumnsRequest"];
            description?: string;
            divisionId: string;
            name: string;
            schemaId: string;
        };
        CreateDecisionTableRowRequest: {
            inputs: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            outputs: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            rowIndex?: number;
        };
        CreateDecisionTableSnapshotRequest: {
            notes?: string;
            snapshotName: string;
        };
        CreateDecisionTableVersionRequest: {
            sourceVersion?: number;
        };
        DecisionTable: {
            columns?: components["schemas"]["DecisionTableColumns"];
            dateCreated?: string;
            dateModified?: string;
            datePublished?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            latest?: components["schemas"]["DecisionTableVersionEntity"];
            latestVersionStatus?: string;
            name?: string;
            published?: components["schemas"]["DecisionTableVersionEntity"];
            publishedContract?: components["schemas"]["DecisionTableContract"];
            selfUri?: string;
            snapshotCount?: number;
        };
        DecisionTableColumnDefaultRowValue: {
            special?: string;
            value?: string;
            values?: string[];
        };
        DecisionTableColumns: {
            inputs?: components["schemas"]["DecisionTableInputColumn"][];
            outputs?: components["schemas"]["DecisionTableOutputColumn"][];
        };
        DecisionTableContract: {
            executionInputSchema?: components["schemas"]["JsonSchemaDocument"];
            executionOutputSchema?: components["schemas"]["JsonSchemaDocument"];
            parentSchema?: components["schemas"]["BusinessRulesParentSchemaRef"];
            rowAuthoringSchema?: components["schemas"]["JsonSchemaDocument"];
        };
        DecisionTableExecutionRequest: {
            inputs: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        DecisionTableExecutionResponse: {
            rowExecutionOutputs?: components["schemas"]["DecisionTableRowExecutionOutput"][];
            table?: components["schemas"]["DecisionTableVersionEntity"];
            topMatchRows?: components["schemas"]["DecisionTableRowEntityRef"][];
            totalMatchRowCount?: number;
        };
        DecisionTableExportJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateDownloadExpires?: string;
            dateModified?: string;
            download?: components["schemas"]["AddressableEntityRef"];
            error?: components["schemas"]["DecisionTableExportJobError"];
            exportType?: string;
            fileName?: string;
            format?: string;
            id?: string;
            rowsExported?: number;
            selfUri?: string;
            status?: string;
            tableVersion?: number;
            totalRows?: number;
        };
        DecisionTableExportJobError: {
            errorCode?: string;
            errorMessage?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            validationErrors?: components["schemas"]["DecisionTableJobValidationError"][];
        };
        DecisionTableExportJobListing: {
            entities?: components["schemas"]["DecisionTableExportJob"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        DecisionTableExportJobRequest: {
            exportType: string;
            format: string;
            tableVersion?: number;
        };
        DecisionTableImportJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCompleted?: string;
            dateCreated?: string;
            dateExpires?: string;
            dateModified?: string;
            error?: components["schemas"]["DecisionTableImportJobError"];
            fileName?: string;
            id?: string;
            importMode: string;
            rowMetrics?: components["schemas"]["DecisionTableImportRowMetrics"];
            selfUri?: string;
            status: string;
            tableVersion?: number;
            uploadHeaders?: {
                [key: string]: string;
            };
            uploadUrl?: string;
        };
        DecisionTableImportJobError: {
            errorCode?: string;
            errorMessage?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            validationErrors?: components["schemas"]["DecisionTableJobValidationError"][];
        };
        DecisionTableImportJobListing: {
            entities?: components["schemas"]["DecisionTableImportJob"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        DecisionTableImportRowMetrics: {
            rowCreateFailed?: number;
            rowDeleteFailed?: number;
            rowParseFailed?: number;
            rowsCreated?: number;
            rowsDeleted?: number;
            rowsParsed?: number;
            rowsUpdated?: number;
            rowUpdateFailed?: number;
            totalRows?: number;
        };
        DecisionTableInputColumn: {
            defaultsTo?: components["schemas"]["DecisionTableColumnDefaultRowValue"];
            expression: components["schemas"]["DecisionTableInputColumnExpression"];
            id?: string;
        };
        DecisionTableInputColumnExpression: {
            comparator: string;
            contractual: components["schemas"]["Contractual"];
        };
        DecisionTableInputColumnRequest: {
            defaultsTo?: components["schemas"]["DecisionTableColumnDefaultRowValue"];
            expression: components["schemas"]["DecisionTableInputColumnExpression"];
        };
        DecisionTableJobValidationError: {
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
            rowNumber?: number;
            status?: number;
        };
        DecisionTableListing: {
            entities?: components["schemas"]["DecisionTable"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        DecisionTableOutputColumn: {
            defaultsTo?: components["schemas"]["DecisionTableColumnDefaultRowValue"];
            id?: string;
            value: components["schemas"]["OutputValue"];
        };
        DecisionTableOutputColumnRequest: {
            defaultsTo?: components["schemas"]["DecisionTableColumnDefaultRowValue"];
            value: components["schemas"]["OutputValue"];
        };
        DecisionTableRow: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            inputs?: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            outputs?: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            rowIndex?: number;
            selfUri?: string;
            table: components["schemas"]["DecisionTableVersionEntity"];
        };
        DecisionTableRowEntityRef: {
            id?: string;
            selfUri?: string;
        };
        DecisionTableRowExecutionOutput: {
            outputs: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            rowId: string;
            rowIndex: number;
        };
        DecisionTableRowListing: {
            entities?: components["schemas"]["DecisionTableRow"][];
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
        DecisionTableRowParameterValue: {
            literal?: components["schemas"]["Literal"];
        };
        DecisionTableSnapshot: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            name?: string;
            notes?: string;
        };
        DecisionTableVersion: {
            columns?: components["schemas"]["DecisionTableColumns"];
            contract?: components["schemas"]["DecisionTableContract"];
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            datePublished?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            name?: string;
            publishedBy?: components["schemas"]["AddressableEntityRef"];
            rollbackReason?: string;
            rowCount?: number;
            rowsUri?: string;
            selfUri?: string;
            snapshot?: components["schemas"]["DecisionTableSnapshot"];
            status?: string;
            version?: number;
        };
        DecisionTableVersionEntity: {
            division?: components["schemas"]["Division"];
            id?: string;
            name?: string;
            selfUri?: string;
            version?: number;
        };
        DecisionTableVersionListing: {
            entities?: components["schemas"]["DecisionTableVersion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Definition: {
            description?: string;
            items?: components["schemas"]["Items"];
            name?: string;
            pattern?: string;
            selfUri?: string;
            title?: string;
            type?: string[];
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
        JsonSchemaWithDefinitions: {
            $schema?: string;
            additionalProperties?: {
                [key: string]: unknown;
            };
            definitions?: {
                [key: string]: components["schemas"]["Definition"];
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
        Literal: {
            boolean?: boolean;
            date?: string;
            datetime?: string;
            integer?: number;
            number?: number;
            special?: string;
            string?: string;
            strings?: string[];
        };
        MaxLength: {
            max: number;
            min: number;
        };
        MinLength: {
            max: number;
            min: number;
        };
        OutputValue: {
            properties?: components["schemas"]["OutputValue"][];
            schemaPropertyKey: string;
        };
        PutDecisionTableRowRequest: {
            inputs?: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            outputs?: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
        };
        RollbackDecisionTableVersionRequest: {
            rollbackReason?: string;
        };
        Row: {
            inputs: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            outputs: {
                [key: string]: components["schemas"]["DecisionTableRowParameterValue"];
            };
            rowId: string;
        };
        RowSearchFilter: {
            predicates: components["schemas"]["RowSearchPredicate"][];
        };
        RowSearchPredicate: {
            columnId: string;
            operator: string;
            special?: string;
            value?: string;
        };
        Schema: {
            description?: string;
            items?: components["schemas"]["Items"];
            pattern?: string;
            title?: string;
            type?: string[];
        };
        SearchDecisionTableRowsRequest: {
            filter: components["schemas"]["RowSearchFilter"];
        };
        UpdateDecisionTableColumnsRequest: {
            inputs?: components["schemas"]["DecisionTableInputColumnRequest"][];
            outputs?: components["schemas"]["DecisionTableOutputColumnRequest"][];
        };
        UpdateDecisionTableImportJobRequest: {
            status: string;
        };
        UpdateDecisionTableRequest: {
            columns?: components["schemas"]["UpdateDecisionTableColumnsRequest"];
            description?: string;
            name?: string;
        };
        UpdateDecisionTableVersionRequest: {
            rowIndexUpdate?: components["schemas"]["UpdateRowIndexRequest"];
        };
        UpdateRowIndexRequest: {
            rowId: string;
            rowIndex: number;
        };
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
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
export type SchemaBulkAddDecisionTableRowsRequest = components['schemas']['BulkAddDecisionTableRowsRequest'];
export type SchemaBulkAddDecisionTableRowsResponse = components['schemas']['BulkAddDecisionTableRowsResponse'];
export type SchemaBulkDeleteDecisionTableRowsRequest = components['schemas']['BulkDeleteDecisionTableRowsRequest'];
export type SchemaBulkUpdateDecisionTableRowsRequest = components['schemas']['BulkUpdateDecisionTableRowsRequest'];
export type SchemaBulkUpdateDecisionTableRowsResponse = components['schemas']['BulkUpdateDecisionTableRowsResponse'];
export type SchemaBusinessRulesDataSchema = components['schemas']['BusinessRulesDataSchema'];
export type SchemaBusinessRulesDataSchemaListing = components['schemas']['BusinessRulesDataSchemaListing'];
export type SchemaBusinessRulesParentSchemaRef = components['schemas']['BusinessRulesParentSchemaRef'];
export type SchemaBusinessRulesSchemaCreateRequest = components['schemas']['BusinessRulesSchemaCreateRequest'];
export type SchemaBusinessRulesSchemaUpdateRequest = components['schemas']['BusinessRulesSchemaUpdateRequest'];
export type SchemaContractual = components['schemas']['Contractual'];
export type SchemaCopyDecisionTableRequest = components['schemas']['CopyDecisionTableRequest'];
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaCreateDecisionTableColumnsRequest = components['schemas']['CreateDecisionTableColumnsRequest'];
export type SchemaCreateDecisionTableImportJobRequest = components['schemas']['CreateDecisionTableImportJobRequest'];
export type SchemaCreateDecisionTableRequest = components['schemas']['CreateDecisionTableRequest'];
export type SchemaCreateDecisionTableRowRequest = components['schemas']['CreateDecisionTableRowRequest'];
export type SchemaCreateDecisionTableSnapshotRequest = components['schemas']['CreateDecisionTableSnapshotRequest'];
export type SchemaCreateDecisionTableVersionRequest = components['schemas']['CreateDecisionTableVersionRequest'];
export type SchemaDecisionTable = components['schemas']['DecisionTable'];
export type SchemaDecisionTableColumnDefaultRowValue = components['schemas']['DecisionTableColumnDefaultRowValue'];
export type SchemaDecisionTableColumns = components['schemas']['DecisionTableColumns'];
export type SchemaDecisionTableContract = components['schemas']['DecisionTableContract'];
export type SchemaDecisionTableExecutionRequest = components['schemas']['DecisionTableExecutionRequest'];
export type SchemaDecisionTableExecutionResponse = components['schemas']['DecisionTableExecutionResponse'];
export type SchemaDecisionTableExportJob = components['schemas']['DecisionTableExportJob'];
export type SchemaDecisionTableExportJobError = components['schemas']['DecisionTableExportJobError'];
export type SchemaDecisionTableExportJobListing = components['schemas']['DecisionTableExportJobListing'];
export type SchemaDecisionTableExportJobRequest = components['schemas']['DecisionTableExportJobRequest'];
export type SchemaDecisionTableImportJob = components['schemas']['DecisionTableImportJob'];
export type SchemaDecisionTableImportJobError = components['schemas']['DecisionTableImportJobError'];
export type SchemaDecisionTableImportJobListing = components['schemas']['DecisionTableImportJobListing'];
export type SchemaDecisionTableImportRowMetrics = components['schemas']['DecisionTableImportRowMetrics'];
export type SchemaDecisionTableInputColumn = components['schemas']['DecisionTableInputColumn'];
export type SchemaDecisionTableInputColumnExpression = components['schemas']['DecisionTableInputColumnExpression'];
export type SchemaDecisionTableInputColumnRequest = components['schemas']['DecisionTableInputColumnRequest'];
export type SchemaDecisionTableJobValidationError = components['schemas']['DecisionTableJobValidationError'];
export type SchemaDecisionTableListing = components['schemas']['DecisionTableListing'];
export type SchemaDecisionTableOutputColumn = components['schemas']['DecisionTableOutputColumn'];
export type SchemaDecisionTableOutputColumnRequest = components['schemas']['DecisionTableOutputColumnRequest'];
export type SchemaDecisionTableRow = components['schemas']['DecisionTableRow'];
export type SchemaDecisionTableRowEntityRef = components['schemas']['DecisionTableRowEntityRef'];
export type SchemaDecisionTableRowExecutionOutput = components['schemas']['DecisionTableRowExecutionOutput'];
export type SchemaDecisionTableRowListing = components['schemas']['DecisionTableRowListing'];
export type SchemaDecisionTableRowParameterValue = components['schemas']['DecisionTableRowParameterValue'];
export type SchemaDecisionTableSnapshot = components['schemas']['DecisionTableSnapshot'];
export type SchemaDecisionTableVersion = components['schemas']['DecisionTableVersion'];
export type SchemaDecisionTableVersionEntity = components['schemas']['DecisionTableVersionEntity'];
export type SchemaDecisionTableVersionListing = components['schemas']['DecisionTableVersionListing'];
export type SchemaDefinition = components['schemas']['Definition'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaJsonSchemaWithDefinitions = components['schemas']['JsonSchemaWithDefinitions'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLiteral = components['schemas']['Literal'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaOutputValue = components['schemas']['OutputValue'];
export type SchemaPutDecisionTableRowRequest = components['schemas']['PutDecisionTableRowRequest'];
export type SchemaRollbackDecisionTableVersionRequest = components['schemas']['RollbackDecisionTableVersionRequest'];
export type SchemaRow = components['schemas']['Row'];
export type SchemaRowSearchFilter = components['schemas']['RowSearchFilter'];
export type SchemaRowSearchPredicate = components['schemas']['RowSearchPredicate'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSearchDecisionTableRowsRequest = components['schemas']['SearchDecisionTableRowsRequest'];
export type SchemaUpdateDecisionTableColumnsRequest = components['schemas']['UpdateDecisionTableColumnsRequest'];
export type SchemaUpdateDecisionTableImportJobRequest = components['schemas']['UpdateDecisionTableImportJobRequest'];
export type SchemaUpdateDecisionTableRequest = components['schemas']['UpdateDecisionTableRequest'];
export type SchemaUpdateDecisionTableVersionRequest = components['schemas']['UpdateDecisionTableVersionRequest'];
export type SchemaUpdateRowIndexRequest = components['schemas']['UpdateRowIndexRequest'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
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
    getBusinessrulesDecisiontables: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description One or more comma separated divisions to filters decision tables by. If nothing is provided, the decision tables associated with the list of divisions that the user has access to will be returned. */
                divisionIds?: string[];
                /** @description Search for decision tables with a name that contains the given search string. Search is case insensitive and will match any table that contains this string in any part of the name. */
                name?: string;
                /** @description Number of entities to return. Maximum of 100. */
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
                    "application/json": components["schemas"]["DecisionTableListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Decision Table */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionTableRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
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
                    "application/json": components["schemas"]["DecisionTable"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesDecisiontable: {
        parameters: {
            query?: {
                /** @description Force delete decision table (under certain conditions) */
                forceDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
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
    patchBusinessrulesDecisiontable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
            };
            cookie?: never;
        };
        /** @description Decision Table */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDecisionTableRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTable"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableExecute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
            };
            cookie?: never;
        };
        /** @description Decision Table */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionTableExecutionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableExecutionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableExports: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
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
                    "application/json": components["schemas"]["DecisionTableExportJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableExports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
            };
            cookie?: never;
        };
        /** @description Export job request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionTableExportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableExportJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export Job ID */
                exportJobId: string;
                /** @description Table ID */
                tableId: string;
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
                    "application/json": components["schemas"]["DecisionTableExportJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesDecisiontableExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export Job ID */
                exportJobId: string;
                /** @description Table ID */
                tableId: string;
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
    getBusinessrulesDecisiontableImports: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
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
                    "application/json": components["schemas"]["DecisionTableImportJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableImports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
            };
            cookie?: never;
        };
        /** @description Import job create request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionTableImportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableImportJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job ID */
                importJobId: string;
                /** @description Table ID */
                tableId: string;
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
                    "application/json": components["schemas"]["DecisionTableImportJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesDecisiontableImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job ID */
                importJobId: string;
                /** @description Table ID */
                tableId: string;
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
    patchBusinessrulesDecisiontableImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job ID */
                importJobId: string;
                /** @description Table ID */
                tableId: string;
            };
            cookie?: never;
        };
        /** @description Import job update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDecisionTableImportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableImportJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description When true, returns only versions that have snapshot metadata. */
                hasSnapshot?: boolean;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
                /** @description Filter by version status. Repeatable. */
                status?: string[];
            };
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
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
                    "application/json": components["schemas"]["DecisionTableVersionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
            };
            cookie?: never;
        };
        /** @description Decision Table Version */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateDecisionTableVersionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesDecisiontableVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
    patchBusinessrulesDecisiontableVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Decision Table */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDecisionTableVersionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Decision Table */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyDecisionTableRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionExecute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Decision Table */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionTableExecutionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableExecutionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putBusinessrulesDecisiontableVersionPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionRollback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Rollback request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RollbackDecisionTableVersionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableVersionRows: {
        parameters: {
            query?: {
                /** @description Page number of the entities to return. Defaults to 1. */
                pageNumber?: string;
                /** @description Number of entities to return. Maximum of 100. Defaults to 25. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
                    "application/json": components["schemas"]["DecisionTableRowListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Create decision table row request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionTableRowRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableRow"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontableVersionRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Row ID */
                rowId: string;
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
                    "application/json": components["schemas"]["DecisionTableRow"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putBusinessrulesDecisiontableVersionRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Row ID */
                rowId: string;
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Full update decision table row request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutDecisionTableRowRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableRow"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesDecisiontableVersionRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Row ID */
                rowId: string;
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
    postBusinessrulesDecisiontableVersionRowsBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Bulk add decision table rows request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAddDecisionTableRowsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAddDecisionTableRowsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionRowsBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDecisionTableRowsRequest"];
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
    postBusinessrulesDecisiontableVersionRowsBulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Bulk update decision table rows request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateDecisionTableRowsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkUpdateDecisionTableRowsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionRowsSearch: {
        parameters: {
            query?: {
                /** @description Page number of the entities to return. Defaults to 1. */
                pageNumber?: string;
                /** @description Number of entities to return. Maximum of 100. Defaults to 25. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Search decision table rows request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchDecisionTableRowsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableRowListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesDecisiontableVersionSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
            };
            cookie?: never;
        };
        /** @description Snapshot request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionTableSnapshotRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesDecisiontableVersionSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
    postBusinessrulesDecisiontableVersionSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Table ID */
                tableId: string;
                /** @description Table Version */
                tableVersion: number;
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
                    "application/json": components["schemas"]["DecisionTableVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesDecisiontablesSearch: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Fields to expand in response */
                expand?: string[];
                /** @description Decision table IDs to search for */
                ids?: string[];
                /** @description Search for decision tables with a name that contains the given search string. Search is case insensitive and will match any table that contains this string in any part of the name. Cannot be combined with schema search. Search results will not be paginated if used. */
                name?: string;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
                /** @description Search for decision tables that use the schema with this ID. Cannot be combined with name search. Search results will not be paginated if used. */
                schemaId?: string;
                /** @description Filters results to only decision tables that have at least one version in Published status */
                withPublishedVersion?: boolean;
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
                    "application/json": components["schemas"]["DecisionTableListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesSchemas: {
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
                    "application/json": components["schemas"]["BusinessRulesDataSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postBusinessrulesSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Business Rules Schema Create Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessRulesSchemaCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessRulesDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesSchema: {
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
                    "application/json": components["schemas"]["BusinessRulesDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putBusinessrulesSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
            };
            cookie?: never;
        };
        /** @description Business Rules Schema Update Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessRulesSchemaUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessRulesDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteBusinessrulesSchema: {
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
    getBusinessrulesSchemaVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of items per page (must be between 1 and 100) */
                pageSize?: string;
            };
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
                    "application/json": components["schemas"]["BusinessRulesDataSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesSchemaVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
                /** @description Schema version number */
                schemaVersion: string;
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
                    "application/json": components["schemas"]["BusinessRulesDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBusinessrulesSchemasCoretypes: {
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
    getBusinessrulesSchemasCoretype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The core type's name */
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
}
