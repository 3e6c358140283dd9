// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/external-contacts/openapi.yaml (sha256 0410668213140871)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area external-contacts` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * External Contacts (145 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const externalContacts = externalContactsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function externalContactsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/externalcontacts/bulk/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch contacts
         * @permissions ANY: `externalContacts:contact:view`
         */
        post: operations["postExternalcontactsBulkContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/contacts/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add contacts
         * @permissions ANY: `externalContacts:contact:add`
         */
        post: operations["postExternalcontactsBulkContactsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/contacts/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch contacts across divisions
         * @permissions ANY: `externalContacts:contact:search`
         */
        post: operations["postExternalcontactsBulkContactsDivisionviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/contacts/enrich": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Enrich Contacts - Run up to 10 Enrich operations per request
         * @description See the API endpoint /externalcontacts/contacts/enrich for docs on individual Enrich operations.
         * @permissions ANY: `externalContacts:contact:enrich`
         */
        post: operations["postExternalcontactsBulkContactsEnrich"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/contacts/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove contacts
         * @permissions ANY: `externalContacts:contact:delete`
         */
        post: operations["postExternalcontactsBulkContactsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/contacts/unresolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch unresolved ancestor contacts
         * @permissions ANY: `externalContacts:contact:view`
         */
        post: operations["postExternalcontactsBulkContactsUnresolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/contacts/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update contacts
         * @permissions ANY: `externalContacts:contact:edit`
         */
        post: operations["postExternalcontactsBulkContactsUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch notes
         * @permissions ALL: all of `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsBulkNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/notes/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add notes
         * @permissions ALL: all of `externalContacts:contact:add`, `externalContacts:externalOrganization:add`
         */
        post: operations["postExternalcontactsBulkNotesAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/notes/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove notes
         * @permissions ALL: all of `externalContacts:contact:delete`, `externalContacts:externalOrganization:delete`
         */
        post: operations["postExternalcontactsBulkNotesRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/notes/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update notes
         * @permissions ALL: all of `externalContacts:contact:edit`, `externalContacts:externalOrganization:edit`
         */
        post: operations["postExternalcontactsBulkNotesUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch organizations
         * @permissions ANY: `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsBulkOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/organizations/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add organizations
         * @permissions ANY: `externalContacts:externalOrganization:add`
         */
        post: operations["postExternalcontactsBulkOrganizationsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/organizations/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch organizations across divisions
         * @permissions ANY: `externalContacts:externalOrganization:search`
         */
        post: operations["postExternalcontactsBulkOrganizationsDivisionviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/organizations/enrich": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk enrich external organizations - Run up to 10 Enrich operations per request
         * @description See the API endpoint /externalcontacts/organizations/enrich for docs on individual Enrich operations.
         * @permissions ANY: `externalContacts:externalOrganization:enrich`
         */
        post: operations["postExternalcontactsBulkOrganizationsEnrich"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/organizations/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove organizations
         * @permissions ANY: `externalContacts:externalOrganization:delete`
         */
        post: operations["postExternalcontactsBulkOrganizationsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/organizations/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update organizations
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        post: operations["postExternalcontactsBulkOrganizationsUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk fetch relationships
         * @permissions ALL: all of `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsBulkRelationships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/relationships/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add relationships
         * @permissions ALL: all of `externalContacts:contact:add`, `externalContacts:externalOrganization:add`
         */
        post: operations["postExternalcontactsBulkRelationshipsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/relationships/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove relationships
         * @permissions ALL: all of `externalContacts:contact:delete`, `externalContacts:externalOrganization:delete`
         */
        post: operations["postExternalcontactsBulkRelationshipsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/bulk/relationships/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update relationships
         * @permissions ALL: all of `externalContacts:contact:edit`, `externalContacts:externalOrganization:edit`
         */
        post: operations["postExternalcontactsBulkRelationshipsUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search for external contacts
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContacts"];
        put?: never;
        /**
         * Create an external contact
         * @permissions ANY: any one of `relate:contact:add`, `externalContacts:contact:add`
         */
        post: operations["postExternalcontactsContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an external contact
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContact"];
        /**
         * Update an external contact
         * @permissions ANY: any one of `relate:contact:edit`, `externalContacts:contact:edit`
         */
        put: operations["putExternalcontactsContact"];
        post?: never;
        /**
         * Delete an external contact
         * @permissions ANY: any one of `relate:contact:delete`, `externalContacts:contact:delete`
         */
        delete: operations["deleteExternalcontactsContact"];
        options?: never;
        head?: never;
        /**
         * Update specific fields of an external contact
         * @permissions ANY: `externalContacts:contact:edit`
         */
        patch: operations["patchExternalcontactsContact"];
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/identifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the identifiers for a contact
         * @permissions ANY: `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContactIdentifiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Claim or release identifiers for a contact
         * @permissions ANY: `externalContacts:contact:edit`
         */
        patch: operations["patchExternalcontactsContactIdentifiers"];
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/journey/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve segment assignments by external contact ID.
         * @permissions ANY: `externalContacts:segmentAssignment:view`
         */
        get: operations["getExternalcontactsContactJourneySegments"];
        put?: never;
        /**
         * Assign/Unassign up to 10 segments to/from an external contact or, if a segment is already assigned, update the expiry date of the segment assignment. Any unprocessed segment assignments are returned in the body for the client to retry, in the event of a partial success.
         * @permissions ANY: any one of `externalContacts:segmentAssignment:add`, `externalContacts:segmentAssignment:delete`
         */
        post: operations["postExternalcontactsContactJourneySegments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/journey/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all sessions for a given external contact.
         * @permissions ANY: `externalContacts:session:view`
         */
        get: operations["getExternalcontactsContactJourneySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notes for an external contact
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContactNotes"];
        put?: never;
        /**
         * Create a note for an external contact
         * @permissions ANY: any one of `relate:contact:edit`, `externalContacts:contact:edit`
         */
        post: operations["postExternalcontactsContactNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a note for an external contact
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContactNote"];
        /**
         * Update a note for an external contact
         * @permissions ANY: any one of `relate:contact:edit`, `externalContacts:contact:edit`
         */
        put: operations["putExternalcontactsContactNote"];
        post?: never;
        /**
         * Delete a note for an external contact
         * @permissions ANY: any one of `relate:contact:edit`, `externalContacts:contact:edit`
         */
        delete: operations["deleteExternalcontactsContactNote"];
        options?: never;
        head?: never;
        /**
         * Update a Contact Note
         * @permissions ANY: `externalContacts:contact:edit`
         */
        patch: operations["patchExternalcontactsContactNote"];
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/promotion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Promote an observed contact (ephemeral or identified) to a curated contact
         * @permissions ANY: `externalContacts:identity:promote`
         */
        post: operations["postExternalcontactsContactPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/unresolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an unresolved external contact
         * @permissions ANY: `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContactUnresolved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/enrich": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Modify or create an External Contact, with powerful behaviors for finding and combining data with pre-existing Contacts.
         * @description You may also submit multiple Enrich operations in one request via the Bulk Enrich API at /externalcontacts/bulk/contacts. A 201 response status indicates that a new Contact was created, whereas a 200 status indicates that a Contact was updated or a merge occurred.
         * @permissions ANY: `externalContacts:contact:enrich`
         */
        post: operations["postExternalcontactsContactsEnrich"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact exports for organization
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContactsExports"];
        put?: never;
        /**
         * Create bulk export
         * @permissions ALL: all of `externalContacts:export:add`, `externalContacts:contact:view`
         */
        post: operations["postExternalcontactsContactsExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get export for exportId
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsContactsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge up to 25 contacts into a new contact record
         * @description Merge operation may fail if the resulting mergeset exceeds our default limit of 52. The valueOverride field lets you override any of the Contact fields post-merge. If any Contact field is left null in `valueOverride`, it will be taken from the most recently-modified contact in the merge set. Exception for *phone/*email fields: Conflicting data will be moved to any other available phone/email fields in the merged contact.
         * @permissions ANY: `externalContacts:identity:merge`
         */
        post: operations["postExternalcontactsContactsMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `externalContacts:customFields:add`
         */
        post: operations["postExternalcontactsContactsSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchema"];
        /**
         * Update a schema
         * @permissions ANY: `externalContacts:customFields:edit`
         */
        put: operations["putExternalcontactsContactsSchema"];
        post?: never;
        /**
         * Delete a schema
         * @permissions ANY: `externalContacts:customFields:edit`
         */
        delete: operations["deleteExternalcontactsContactsSchema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of an external contact's schema
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas/{schemaId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific version of a schema
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific named core type.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchemasCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/schemas/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsContactsSchemasLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for external contacts
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postExternalcontactsContactsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Associate/disassociate an external contact with a conversation
         * @description To associate, supply a value for the externalContactId.  To disassociate, do not include the property at all.
         * @permissions ANY: any one of `relate:conversation:associate`, `externalContacts:conversation:associate`
         */
        put: operations["putExternalcontactsConversation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/externalsources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a list of External Sources
         * @permissions ANY: any one of `externalContacts:externalSource:view`, `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsExternalsources"];
        put?: never;
        /**
         * Create an External Source
         * @permissions ANY: `externalContacts:externalSource:add`
         */
        post: operations["postExternalcontactsExternalsources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/externalsources/{externalSourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an External Source
         * @permissions ANY: any one of `externalContacts:externalSource:view`, `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsExternalsource"];
        /**
         * Update an External Source
         * @permissions ANY: `externalContacts:externalSource:edit`
         */
        put: operations["putExternalcontactsExternalsource"];
        post?: never;
        /**
         * Delete an External Source. WARNING: Any records that reference this External Source will not be automatically cleaned up. Those records will still be editable, but their External IDs may not be fully viewable.
         * @permissions ANY: `externalContacts:externalSource:delete`
         */
        delete: operations["deleteExternalcontactsExternalsource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a list of cluster scans
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/{scanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a single cluster scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/{scanId}/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a list of clusters found by a scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscanClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/{scanId}/clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a single cluster found by a scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscanCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/{scanId}/clusters/{clusterId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Merge a single cluster found by a scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        put: operations["putExternalcontactsGraphsClusterscanClusterMerge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/{scanId}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the statistics about a single cluster scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscanStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the latest cluster scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscansLatest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/clusterscans/latest/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the statistics about the latest cluster scan
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsClusterscansLatestStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/graphs/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the org-wide settings for ExternalContact graph operations
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getExternalcontactsGraphsSettings"];
        /**
         * Updates the org-wide settings for ExternalContact graph operations
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        put: operations["putExternalcontactsGraphsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/identifierlookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch a contact using an identifier type and value.
         * @description NOTE: Deprecated. Please use /api/v2/externalcontacts/identifierlookup/contacts as an alternative endpoint instead. Phone number identifier values must be provided with the country code and a leading + symbol. Example: "+1 704 298 4733"
         * @deprecated NOTE: Deprecated.
         * @permissions ANY: any one of `externalContacts:contact:view`, `relate:contact:view`
         */
        post: operations["postExternalcontactsIdentifierlookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/identifierlookup/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch a contact using an identifier type and value.
         * @description Phone number identifier values must be provided with the country code and a leading + symbol. Example: "+1 704 298 4733"
         * @permissions ANY: `externalContacts:contact:view`
         */
        post: operations["postExternalcontactsIdentifierlookupContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/identifierlookup/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch an external organization using an identifier type and value.
         * @description This endpoint will only accept ExternalId type identifiers.
         * @permissions ANY: `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsIdentifierlookupOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/csv/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create CSV import job
         * @permissions ANY: `externalContacts:importCsvJob:add`
         */
        post: operations["postExternalcontactsImportCsvJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/csv/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all settings for organization filtered by externalSettingsId if provided
         * @permissions ANY: `externalContacts:importCsvSettings:view`
         */
        get: operations["getExternalcontactsImportCsvSettings"];
        put?: never;
        /**
         * Create settings for CSV import
         * @permissions ANY: `externalContacts:importCsvSettings:add`
         */
        post: operations["postExternalcontactsImportCsvSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/csv/settings/{settingsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get settings for CSV import
         * @permissions ANY: `externalContacts:importCsvSettings:view`
         */
        get: operations["getExternalcontactsImportCsvSetting"];
        /**
         * Update settings for CSV import
         * @permissions ANY: `externalContacts:importCsvSettings:edit`
         */
        put: operations["putExternalcontactsImportCsvSetting"];
        post?: never;
        /**
         * Delete settings for CSV import
         * @permissions ANY: `externalContacts:importCsvSettings:delete`
         */
        delete: operations["deleteExternalcontactsImportCsvSetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/csv/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get url for CSV upload
         * @permissions ANY: `externalContacts:importCsvUpload:add`
         */
        post: operations["postExternalcontactsImportCsvUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/csv/uploads/{uploadId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details for CSV upload
         * @permissions ANY: `externalContacts:importCsvUpload:view`
         */
        get: operations["getExternalcontactsImportCsvUploadDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/csv/uploads/{uploadId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get preview for CSV upload
         * @permissions ANY: `externalContacts:importCsvUpload:view`
         */
        get: operations["getExternalcontactsImportCsvUploadPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs for organization
         * @permissions ANY: `externalContacts:importJob:viewAll`
         */
        get: operations["getExternalcontactsImportJobs"];
        put?: never;
        /**
         * Create a new job
         * @permissions ANY: `externalContacts:importJob:add`
         */
        post: operations["postExternalcontactsImportJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job based on id
         * @permissions ANY: `externalContacts:importJob:view`
         */
        get: operations["getExternalcontactsImportJob"];
        /**
         * Update Job's workflow status
         * @permissions ANY: `externalContacts:importJob:edit`
         */
        put: operations["putExternalcontactsImportJob"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List settings for organization
         * @permissions ANY: `externalContacts:importSettings:viewAll`
         */
        get: operations["getExternalcontactsImportSettings"];
        put?: never;
        /**
         * Create a new settings
         * @permissions ANY: `externalContacts:importSettings:add`
         */
        post: operations["postExternalcontactsImportSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/import/settings/{settingsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get setting based on id
         * @permissions ANY: `externalContacts:importSettings:view`
         */
        get: operations["getExternalcontactsImportSetting"];
        /**
         * Update settings
         * @permissions ANY: `externalContacts:importSettings:edit`
         */
        put: operations["putExternalcontactsImportSetting"];
        post?: never;
        /**
         * Delete Settings
         * @permissions ANY: `externalContacts:importSettings:delete`
         */
        delete: operations["deleteExternalcontactsImportSetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/merge/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge two contacts into a new contact record
         * @description Two curated contacts cannot be merged. Refer to the Contact Merging article on the Developer Center for details. Deprecated: This API has been superseded by a new merge API. You are encouraged to instead use /api/v2/externalcontacts/contacts/merge, which supports merging up to 25 Contacts of any type, and overriding specific fields in the resulting Contact.
         * @deprecated Deprecated: This API has been superseded by a new merge API.
         * @permissions ANY: `externalContacts:identity:merge`
         */
        post: operations["postExternalcontactsMergeContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/notes/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List note exports for organization
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsNotesExports"];
        put?: never;
        /**
         * Create notes export
         * @permissions ALL: all of `externalContacts:export:add`, `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsNotesExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/notes/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get notes export for exportId
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:contact:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsNotesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search for external organizations
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizations"];
        put?: never;
        /**
         * Create an external organization
         * @permissions ANY: any one of `relate:externalOrganization:add`, `externalContacts:externalOrganization:add`
         */
        post: operations["postExternalcontactsOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an external organization
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganization"];
        /**
         * Update an external organization
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        put: operations["putExternalcontactsOrganization"];
        post?: never;
        /**
         * Delete an external organization
         * @permissions ANY: any one of `relate:externalOrganization:delete`, `externalContacts:externalOrganization:delete`
         */
        delete: operations["deleteExternalcontactsOrganization"];
        options?: never;
        head?: never;
        /**
         * Update specific fields of an external organization
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        patch: operations["patchExternalcontactsOrganization"];
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search for external contacts in an external organization
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsOrganizationContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/identifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the identifiers for an external organization
         * @permissions ANY: `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizationIdentifiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Claim or release identifiers for an external organization
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        patch: operations["patchExternalcontactsOrganizationIdentifiers"];
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notes for an external organization
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizationNotes"];
        put?: never;
        /**
         * Create a note for an external organization
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        post: operations["postExternalcontactsOrganizationNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a note for an external organization
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizationNote"];
        /**
         * Update a note for an external organization
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        put: operations["putExternalcontactsOrganizationNote"];
        post?: never;
        /**
         * Delete a note for an external organization
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        delete: operations["deleteExternalcontactsOrganizationNote"];
        options?: never;
        head?: never;
        /**
         * Update an External Organization Note
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        patch: operations["patchExternalcontactsOrganizationNote"];
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a relationship for an external organization
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizationRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/trustor": {
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
         * Unlink the Trustor for this External Organization
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        delete: operations["deleteExternalcontactsOrganizationTrustor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/{externalOrganizationId}/trustor/{trustorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Links a Trustor with an External Organization
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        put: operations["putExternalcontactsOrganizationTrustorTrustorId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/enrich": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Modify or create an External Org, with powerful behaviors for finding and combining data with pre-existing External Orgs.
         * @description You may also submit multiple Enrich operations in one request via the Bulk Enrich API at /externalcontacts/bulk/organizations. A 201 response status indicates that a new External Organization was created, whereas a 200 status indicates that an External Organization was updated
         * @permissions ANY: `externalContacts:externalOrganization:enrich`
         */
        post: operations["postExternalcontactsOrganizationsEnrich"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization exports for organization
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizationsExports"];
        put?: never;
        /**
         * Create organizations export
         * @permissions ALL: all of `externalContacts:export:add`, `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsOrganizationsExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organizations export for exportId
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsOrganizationsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `externalContacts:customFields:add`
         */
        post: operations["postExternalcontactsOrganizationsSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchema"];
        /**
         * Update a schema
         * @permissions ANY: `externalContacts:customFields:edit`
         */
        put: operations["putExternalcontactsOrganizationsSchema"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of an external organization's schema
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas/{schemaId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific version of a schema
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific named core type.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchemasCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/organizations/schemas/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getExternalcontactsOrganizationsSchemasLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a relationship
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        post: operations["postExternalcontactsRelationships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/relationships/{relationshipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a relationship
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsRelationship"];
        /**
         * Update a relationship
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        put: operations["putExternalcontactsRelationship"];
        post?: never;
        /**
         * Delete a relationship
         * @permissions ANY: any one of `relate:externalOrganization:edit`, `externalContacts:externalOrganization:edit`
         */
        delete: operations["deleteExternalcontactsRelationship"];
        options?: never;
        head?: never;
        /**
         * Update specific fields of a relationship
         * @permissions ANY: `externalContacts:externalOrganization:edit`
         */
        patch: operations["patchExternalcontactsRelationship"];
        trace?: never;
    };
    "/api/v2/externalcontacts/relationships/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List relationship exports for organization
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsRelationshipsExports"];
        put?: never;
        /**
         * Create relationships export
         * @permissions ALL: all of `externalContacts:export:add`, `externalContacts:externalOrganization:view`
         */
        post: operations["postExternalcontactsRelationshipsExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/relationships/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get relationships export for exportId
         * @permissions ALL: all of `externalContacts:export:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsRelationshipsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/reversewhitepageslookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up contacts based on an attribute. Maximum of 25 values returned.
         * @permissions ANY: `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsReversewhitepageslookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for external contacts using paging
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsScanContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/contacts/divisionviews/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for external contacts using paging
         * @permissions ALL: `externalContacts:contact:viewAll`
         */
        get: operations["getExternalcontactsScanContactsDivisionviewsAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for notes using paging
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsScanNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/notes/divisionviews/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for notes using paging
         * @permissions ALL: `externalContacts:contact:viewAll`
         */
        get: operations["getExternalcontactsScanNotesDivisionviewsAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for external organizations using paging
         * @permissions ANY: any one of `relate:externalOrganization:view`, `externalContacts:externalOrganization:view`
         */
        get: operations["getExternalcontactsScanOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/organizations/divisionviews/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for external organizations using paging
         * @permissions ALL: `externalContacts:externalOrganization:viewAll`
         */
        get: operations["getExternalcontactsScanOrganizationsDivisionviewsAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for relationships
         * @permissions ANY: any one of `relate:contact:view`, `externalContacts:contact:view`
         */
        get: operations["getExternalcontactsScanRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/scan/relationships/divisionviews/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan for relationships
         * @permissions ALL: `externalContacts:contact:viewAll`
         */
        get: operations["getExternalcontactsScanRelationshipsDivisionviewsAll"];
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
        AchievedOutcome: {
            id: string;
            selfUri?: string;
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AppleOpaqueId: {
            value?: string;
        };
        AssignedSegment: {
            id: string;
            selfUri?: string;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Browser: {
            family: string;
            featuresFlash: boolean;
            featuresJava: boolean;
            featuresPdf: boolean;
            featuresWebrtc: boolean;
            fingerprint?: string;
            isMobile?: boolean;
            lang?: string;
            version: string;
            viewHeight?: number;
            viewWidth?: number;
        };
        BulkContactsEnrichRequest: {
            entities?: components["schemas"]["ContactEnrichRequest"][];
        };
        BulkContactsEnrichResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultExternalContactContactEnrichRequestBulkEntityErrorContactEnrichRequest"][];
        };
        BulkContactsRequest: {
            entities?: components["schemas"]["ExternalContact"][];
        };
        BulkContactsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultExternalContactExternalContactBulkEntityErrorExternalContact"][];
        };
        BulkDeleteResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultVoidEntityBulkEntityErrorEntity"][];
        };
        BulkEntityErrorContactEnrichRequest: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["ContactEnrichRequest"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkEntityErrorEntity: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["Entity"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkEntityErrorExternalContact: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["ExternalContact"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkEntityErrorExternalOrganization: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["ExternalOrganization"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkEntityErrorExternalOrganizationEnrichRequest: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["ExternalOrganizationEnrichRequest"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkEntityErrorNote: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["Note"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkEntityErrorRelationship: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["Relationship"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkErrorDetail: {
            fieldName?: string;
            message?: string;
            value?: string;
        };
        BulkFetchContactsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultExternalContactEntityBulkEntityErrorEntity"][];
        };
        BulkFetchNotesResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultNoteEntityBulkEntityErrorEntity"][];
        };
        BulkFetchOrganizationsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultExternalOrganizationEntityBulkEntityErrorEntity"][];
        };
        BulkFetchRelationshipsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultRelationshipEntityBulkEntityErrorEntity"][];
        };
        BulkIdsRequest: {
            entities?: components["schemas"]["ExternalContactsEntity"][];
        };
        BulkNotesRequest: {
            entities?: components["schemas"]["Note"][];
        };
        BulkNotesResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultNoteNoteBulkEntityErrorNote"][];
        };
        BulkOrganizationsEnrichRequest: {
            entities?: components["schemas"]["ExternalOrganizationEnrichRequest"][];
        };
        BulkOrganizationsEnrichResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultExternalOrganizationExternalOrganizationEnrichRequestBulkEntityErrorExternalOrganizationEnrichRequest"][];
        };
        BulkOrganizationsRequest: {
            entities?: components["schemas"]["ExternalOrganization"][];
        };
        BulkOrganizationsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultExternalOrganizationExternalOrganizationBulkEntityErrorExternalOrganization"][];
        };
        BulkRelationshipsRequest: {
            entities?: components["schemas"]["Relationship"][];
        };
        BulkRelationshipsResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultRelationshipRelationshipBulkEntityErrorRelationship"][];
        };
        BulkResponseResultExternalContactContactEnrichRequestBulkEntityErrorContactEnrichRequest: {
            entity?: components["schemas"]["ExternalContact"];
            error?: components["schemas"]["BulkEntityErrorContactEnrichRequest"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultExternalContactEntityBulkEntityErrorEntity: {
            entity?: components["schemas"]["ExternalContact"];
            error?: components["schemas"]["BulkEntityErrorEntity"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultExternalContactExternalContactBulkEntityErrorExternalContact: {
            entity?: components["schemas"]["ExternalContact"];
            error?: components["schemas"]["BulkEntityErrorExternalContact"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultExternalOrganizationEntityBulkEntityErrorEntity: {
            entity?: components["schemas"]["ExternalOrganization"];
            error?: components["schemas"]["BulkEntityErrorEntity"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultExternalOrganizationExternalOrganizationBulkEntityErrorExternalOrganization: {
            entity?: components["schemas"]["ExternalOrganization"];
            error?: components["schemas"]["BulkEntityErrorExternalOrganization"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultExternalOrganizationExternalOrganizationEnrichRequestBulkEntityErrorExternalOrganizationEnrichRequest: {
            entity?: components["schemas"]["ExternalOrganization"];
            error?: components["schemas"]["BulkEntityErrorExternalOrganizationEnrichRequest"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultNoteEntityBulkEntityErrorEntity: {
            entity?: components["schemas"]["Note"];
            error?: components["schemas"]["BulkEntityErrorEntity"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultNoteNoteBulkEntityErrorNote: {
            entity?: components["schemas"]["Note"];
            error?: components["schemas"]["BulkEntityErrorNote"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultRelationshipEntityBulkEntityErrorEntity: {
            entity?: components["schemas"]["Relationship"];
            error?: components["schemas"]["BulkEntityErrorEntity"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultRelationshipRelationshipBulkEntityErrorRelationship: {
            entity?: components["schemas"]["Relationship"];
            error?: components["schemas"]["BulkEntityErrorRelationship"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        BulkResponseResultVoidEntityBulkEntityErrorEntity: {
            entity?: {
                [key: string]: unknown;
            };
            error?: components["schemas"]["BulkEntityErrorEntity"];
            id?: string;
            status?: number;
            success?: boolean;
        };
        Chat: {
            jabberId?: string;
        };
        Cluster: {
            clusterScan?: components["schemas"]["ClusterScan"];
            dateCreated?: string;
            division?: components["schemas"]["StarrableDivision"];
            graph?: components["schemas"]["Graph"];
            id?: string;
            mergeInfo?: components["schemas"]["MergeInfo"];
            selfUri?: string;
        };
        ClusterList: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["Cluster"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ClusterScan: {
            dateCompleted?: string;
            id?: string;
            selfUri?: string;
            statistics?: components["schemas"]["ClusterScanStatistics"];
        };
        ClusterScanList: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["ClusterScan"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ClusterScanStatistics: {
            aggregated?: components["schemas"]["ClusterStatistics"];
            selfUri?: string;
        };
        ClusterStatistics: {
            totalAutomaticMergeFailures?: number;
            totalAutomaticMergeSuccesses?: number;
            totalClusters?: number;
        };
        ConnectedQueue: {
            id?: string;
            selfUri?: string;
        };
        ConnectedUser: {
            id?: string;
            selfUri?: string;
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
        ContactAddress: {
            address1?: string;
            address2?: string;
            city?: string;
            countryCode?: string;
            postalCode?: string;
            state?: string;
        };
        ContactAddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        ContactEnrichOptions: {
            promote?: boolean;
        };
        ContactEnrichRequest: {
            action: string;
            contact?: components["schemas"]["ExternalContact"];
            division?: components["schemas"]["WritableStarrableDivision"];
            fieldRules?: components["schemas"]["EnrichFieldRules"];
            id?: string;
            matchingIdentifiers: components["schemas"]["ContactIdentifier"][];
            options?: components["schemas"]["ContactEnrichOptions"];
        };
        ContactIdentifier: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["ExternalSource"];
            type: string;
            value: string;
        };
        ContactIdentifierListing: {
            entities?: components["schemas"]["ContactIdentifier"][];
        };
        ContactImportField: {
            included: boolean;
            name: string;
        };
        ContactImportJobEntityListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["ContactImportJobResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ContactImportJobMetadata: {
            dryRunFailedCount?: number;
            dryRunReportDownloadUrl?: string;
            dryRunSuccessCount?: number;
            fileName?: string;
            importFailedCount?: number;
            importReportDownloadUrl?: string;
            importSuccessCount?: number;
        };
        ContactImportJobRequest: {
            division?: components["schemas"]["WritableStarrableDivision"];
            settingsId: string;
        };
        ContactImportJobResponse: {
            dateCreated?: string;
            division?: components["schemas"]["StarrableDivision"];
            executionStep?: string;
            id?: string;
            metadata?: components["schemas"]["ContactImportJobMetadata"];
            selfUri?: string;
            settings: components["schemas"]["AddressableEntityRef"];
            status?: string;
            statusDetails?: string;
        };
        ContactImportJobStatusUpdateRequest: {
            jobId: string;
            status: string;
        };
        ContactImportJobStatusUpdateResponse: {
            jobId?: string;
            status?: string;
        };
        ContactImportSettings: {
            dateCreated?: string;
            externalSourceId: string;
            id?: string;
            importFields: components["schemas"]["ContactImportField"][];
            matchingCriteria?: string[];
            mergeContacts: boolean;
            name: string;
            selfUri?: string;
        };
        ContactImportSettingsEntityListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["ContactImportSettings"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ContactListing: {
            entities?: components["schemas"]["ExternalContact"][];
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
            partialResults?: boolean;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        ContactSearchOperation: {
            simpleSearch?: components["schemas"]["ContactSimpleSearch"];
        };
        ContactSearchRequest: {
            divisionIds?: string[];
            expand?: string[];
            operation?: components["schemas"]["ContactSearchOperation"];
            pageNumber?: number;
            pageSize?: number;
        };
        ContactsExport: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCompletion?: string;
            dateCreated?: string;
            divisionIds?: string[];
            downloadUrl?: string;
            id?: string;
            queryConditions?: components["schemas"]["ContactsExportQueryConditions"];
            resultRowCount?: number;
            selfUri?: string;
            status?: string;
        };
        ContactsExportComparisonFieldFilter: {
            field: string;
            value: string;
        };
        ContactsExportFieldFilter: {
            field: string;
            value: string;
        };
        ContactsExportFieldListFilter: {
            field: string;
            values: string[];
        };
        ContactsExportFilter: {
            and?: components["schemas"]["ContactsExportFilter"][];
            eq?: components["schemas"]["ContactsExportFieldFilter"];
            gte?: components["schemas"]["ContactsExportComparisonFieldFilter"];
            in?: components["schemas"]["ContactsExportFieldListFilter"];
            lte?: components["schemas"]["ContactsExportComparisonFieldFilter"];
            not?: components["schemas"]["ContactsExportFilter"];
            or?: components["schemas"]["ContactsExportFilter"][];
        };
        ContactsExportListing: {
            entities?: components["schemas"]["ContactsExport"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ContactsExportQueryConditions: {
            filters?: components["schemas"]["ContactsExportFilter"];
            limit?: number;
        };
        ContactSimpleSearch: {
            ids?: string[];
            query?: string;
            sortOrder?: string[];
        };
        ContactsPatchChange: {
            action: string;
            field: string;
            value?: {
                [key: string]: unknown;
            };
        };
        ContactVertex: {
            contact?: components["schemas"]["ExternalContact"];
            vertexId?: string;
        };
        ConversationAssociation: {
            /** @description Communication ID */
            communicationId: string;
            /** @description Conversation ID */
            conversationId: string;
            /** @description External Contact ID */
            externalContactId?: string;
            /**
             * @description Media type
             * @enum {string}
             */
            mediaType: "CALL" | "CALLBACK" | "CHAT" | "COBROWSE" | "EMAIL" | "SOCIAL_EXPRESSION" | "VIDEO" | "SCREENSHARE" | (string & {});
        };
        ConversationChannel: {
            messageType?: string;
            platform?: string;
            type: string;
        };
        ConversationUserDisposition: {
            code: string;
            notes?: string;
            user: components["schemas"]["AddressableEntityRef"];
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
        CsvJobRequest: {
            division?: components["schemas"]["WritableStarrableDivision"];
            settingsId: string;
            uploadId: string;
        };
        CsvJobResponse: {
            job: components["schemas"]["AddressableEntityRef"];
        };
        CsvMappingEntry: {
            sourceField: string;
            targetField: string;
        };
        CsvSettings: {
            externalSettingsId?: string;
            id?: string;
            mappings: components["schemas"]["CsvMappingEntry"][];
            selfUri?: string;
        };
        CsvUploadDetailsResponse: {
            fileName?: string;
            uploadId: string;
            validationResult: components["schemas"]["ValidationResult"];
        };
        CsvUploadPreviewResponse: {
            entries: string[][];
            headers: string[];
            uploadId: string;
        };
        CsvUploadRequest: {
            fileName?: string;
            fileSize: number;
        };
        CsvUploadResponse: {
            uploadHeaders: components["schemas"]["Header"][];
            uploadId: string;
            uploadUrl: string;
        };
        CursorContactListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["ExternalContact"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CursorExternalSourceListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["ExternalSource"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CursorNoteListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["Note"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CursorOrganizationListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["ExternalOrganization"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CursorRelationshipListing: {
            cursors?: components["schemas"]["Cursors"];
            entities?: components["schemas"]["Relationship"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Cursors: {
            after?: string;
            before?: string;
        };
        CustomEventAttribute: {
            dataType: string;
            value: string;
        };
        CustomEventAttributeList: {
            dataType: string;
            values: string[];
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
        Device: {
            category: string;
            fingerprint?: string;
            isMobile: boolean;
            manufacturer?: string;
            osFamily: string;
            osVersion: string;
            screenDensity?: number;
            screenHeight?: number;
            screenWidth?: number;
            type: string;
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
        EmployerInfo: {
            dateHire?: string;
            employeeId?: string;
            employeeType?: string;
            officialName?: string;
        };
        EnrichFieldRule: {
            action?: string;
            arrayAction?: string;
            field?: string;
        };
        EnrichFieldRules: {
            defaultAction?: string;
            defaultArrayAction?: string;
            rules?: components["schemas"]["EnrichFieldRule"][];
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
        ExternalContact: {
            address?: components["schemas"]["ContactAddress"];
            appleOpaqueIds?: components["schemas"]["AppleOpaqueId"][];
            canonicalContact?: components["schemas"]["ContactAddressableEntityRef"];
            cellPhone?: components["schemas"]["PhoneNumber"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            division?: components["schemas"]["WritableStarrableDivision"];
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalIds?: components["schemas"]["ExternalId"][];
            externalOrganization?: components["schemas"]["ExternalOrganization"];
            externalSystemUrl?: string;
            facebookId?: components["schemas"]["FacebookId"];
            /** @description The first name of the contact. */
            firstName?: string;
            homePhone?: components["schemas"]["PhoneNumber"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            identifiers?: components["schemas"]["ContactIdentifier"][];
            instagramId?: components["schemas"]["InstagramId"];
            /** @description The last name of the contact. */
            lastName?: string;
            lineId?: components["schemas"]["LineId"];
            mergedFrom?: components["schemas"]["ContactAddressableEntityRef"][];
            mergedTo?: components["schemas"]["ContactAddressableEntityRef"];
            mergeOperation?: components["schemas"]["MergeOperation"];
            mergeSet?: components["schemas"]["ContactAddressableEntityRef"][];
            middleName?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            otherEmail?: string;
            otherPhone?: components["schemas"]["PhoneNumber"];
            personalEmail?: string;
            salutation?: string;
            schema?: components["schemas"]["DataSchema"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            surveyOptOut?: boolean;
            title?: string;
            twitterId?: components["schemas"]["TwitterId"];
            type?: string;
            whatsAppId?: components["schemas"]["WhatsAppId"];
            workEmail?: string;
            workPhone?: components["schemas"]["PhoneNumber"];
        };
        ExternalContactsEntity: {
            id?: string;
        };
        ExternalContactsPatchRequest: {
            changes?: components["schemas"]["ContactsPatchChange"][];
        };
        /** @description Describes a link to a record in an external system that contributed data to a Relate record */
        ExternalDataSource: {
            /**
             * @description The platform that was the source of the data.  Example: a CRM like SALESFORCE.
             * @enum {string}
             */
            platform?: "SALESFORCE" | (string & {});
            /** @description An URL that links to the source record that contributed data to the associated entity. */
            url?: string;
        };
        ExternalId: {
            externalSource: components["schemas"]["ExternalSource"];
            value: string;
        };
        ExternalOrganization: {
            address?: components["schemas"]["ContactAddress"];
            companyType?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            division?: components["schemas"]["WritableStarrableDivision"];
            /** Format: int64 */
            employeeCount?: number;
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalIds?: components["schemas"]["ExternalId"][];
            externalSystemUrl?: string;
            faxNumber?: components["schemas"]["PhoneNumber"];
            /** @description The globally unique identifier for the object. */
            id?: string;
            identifiers?: components["schemas"]["ExternalOrganizationIdentifier"][];
            industry?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            /** @description The name of the company. */
            name: string;
            phoneNumber?: components["schemas"]["PhoneNumber"];
            /** Format: int64 */
            revenue?: number;
            schema?: components["schemas"]["DataSchema"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            tags?: string[];
            tickers?: components["schemas"]["Ticker"][];
            trustor?: components["schemas"]["Trustor"];
            twitterId?: components["schemas"]["TwitterId"];
            websites?: string[];
        };
        ExternalOrganizationEnrichRequest: {
            action?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalOrganization?: components["schemas"]["ExternalOrganization"];
            fieldRules?: components["schemas"]["EnrichFieldRules"];
            id?: string;
            matchingIdentifiers?: components["schemas"]["ExternalOrganizationIdentifier"][];
        };
        ExternalOrganizationIdentifier: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["ExternalSource"];
            type: string;
            value: string;
        };
        ExternalOrganizationIdentifierClaimRequest: {
            identifier: components["schemas"]["ExternalOrganizationIdentifier"];
            operation: string;
        };
        ExternalOrganizationIdentifierListing: {
            entities?: components["schemas"]["ExternalOrganizationIdentifier"][];
        };
        ExternalOrganizationListing: {
            entities?: components["schemas"]["ExternalOrganization"][];
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
            partialResults?: boolean;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        ExternalOrganizationTrustorLink: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalOrganizationId?: string;
            externalOrganizationUri?: string;
            trustorOrgId?: string;
        };
        ExternalSource: {
            active?: boolean;
            id?: string;
            linkConfiguration?: components["schemas"]["LinkConfiguration"];
            name: string;
            selfUri?: string;
        };
        FacebookId: {
            displayName?: string;
            ids: components["schemas"]["FacebookScopedId"][];
        };
        FacebookScopedId: {
            scopedId: string;
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
        Graph: {
            edges?: components["schemas"]["GraphEdge"][];
            vertices?: components["schemas"]["GraphVertices"];
        };
        GraphEdge: {
            from?: string;
            to?: string;
        };
        GraphSettings: {
            automaticMergingEnabled?: boolean;
            dateModified?: string;
            selfUri?: string;
        };
        GraphVertices: {
            contacts?: components["schemas"]["ContactVertex"][];
            identifiers?: components["schemas"]["IdentifierVertex"][];
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
        Header: {
            name?: string;
            value?: string;
        };
        IdentifierClaimRequest: {
            identifier: components["schemas"]["ContactIdentifier"];
            operation: string;
        };
        IdentifierVertex: {
            normalizedType?: string;
            normalizedValue?: string;
            vertexId?: string;
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        InstagramId: {
            displayName?: string;
            handle?: string;
            ids: components["schemas"]["InstagramScopedId"][];
        };
        InstagramScopedId: {
            scopedId: string;
        };
        Items: {
            pattern?: string;
            type?: string;
        };
        ItemValidationLimits: {
            maxLength: components["schemas"]["MaxLength"];
            minLength: components["schemas"]["MinLength"];
        };
        JourneyApp: {
            buildNumber: string;
            name: string;
            namespace: string;
            version: string;
        };
        JourneyCampaign: {
            clickId?: string;
            content?: string;
            medium?: string;
            name?: string;
            network?: string;
            source?: string;
            term?: string;
        };
        JourneyCaseAssociation: {
            associatedCase?: components["schemas"]["AddressableEntityRef"];
            caseReference?: string;
            dateAssociated?: string;
            id: string;
            selfUri?: string;
        };
        JourneyGeolocation: {
            country?: string;
            countryName?: string;
            latitude?: number;
            locality?: string;
            longitude?: number;
            postalCode?: string;
            region?: string;
            regionName?: string;
            source?: string;
            timezone?: string;
        };
        JourneyPage: {
            breadcrumb: string[];
            domain: string;
            fragment?: string;
            hostname: string;
            keywords?: string;
            lang?: string;
            pathname: string;
            queryString?: string;
            title?: string;
            url: string;
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
        LineId: {
            displayName?: string;
            ids: components["schemas"]["LineUserId"][];
        };
        LineUserId: {
            userId: string;
        };
        LinkConfiguration: {
            uriTemplate: string;
        };
        Listing: {
            entities?: components["schemas"]["CsvSettings"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
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
        MergeContactsRequest: {
            contactIds: string[];
            valueOverride?: components["schemas"]["ExternalContact"];
        };
        MergeError: {
            code?: string;
            message?: string;
        };
        MergeInfo: {
            dateMerged?: string;
            error?: components["schemas"]["MergeError"];
            status?: string;
        };
        MergeOperation: {
            resultingContact?: components["schemas"]["AddressableEntityRef"];
            sourceContact?: components["schemas"]["AddressableEntityRef"];
            targetContact?: components["schemas"]["AddressableEntityRef"];
        };
        MergeRequest: {
            sourceContactId: string;
            targetContactId: string;
        };
        MinLength: {
            max: number;
            min: number;
        };
        NetworkConnectivity: {
            bluetoothEnabled: boolean;
            carrier?: string;
            cellularEnabled: boolean;
            wifiEnabled: boolean;
        };
        Note: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            createdBy: components["schemas"]["User"];
            division?: components["schemas"]["WritableStarrableDivision"];
            entityId?: string;
            entityType?: string;
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            noteText?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        NoteListing: {
            entities?: components["schemas"]["Note"][];
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
            partialResults?: boolean;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        NotesExport: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCompletion?: string;
            dateCreated?: string;
            divisionIds?: string[];
            downloadUrl?: string;
            id?: string;
            queryConditions?: components["schemas"]["NotesExportQueryConditions"];
            resultRowCount?: number;
            selfUri?: string;
            status?: string;
        };
        NotesExportComparisonFieldFilter: {
            field: string;
            value: string;
        };
        NotesExportFieldFilter: {
            field: string;
            value: string;
        };
        NotesExportFieldListFilter: {
            field: string;
            values: string[];
        };
        NotesExportFilter: {
            and?: components["schemas"]["NotesExportFilter"][];
            eq?: components["schemas"]["NotesExportFieldFilter"];
            gte?: components["schemas"]["NotesExportComparisonFieldFilter"];
            in?: components["schemas"]["NotesExportFieldListFilter"];
            lte?: components["schemas"]["NotesExportComparisonFieldFilter"];
            not?: components["schemas"]["NotesExportFilter"];
            or?: components["schemas"]["NotesExportFilter"][];
        };
        NotesExportListing: {
            entities?: components["schemas"]["NotesExport"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        NotesExportQueryConditions: {
            filters?: components["schemas"]["NotesExportFilter"];
            limit?: number;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
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
        OrganizationsExport: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCompletion?: string;
            dateCreated?: string;
            divisionIds?: string[];
            downloadUrl?: string;
            id?: string;
            queryConditions?: components["schemas"]["OrganizationsExportQueryConditions"];
            resultRowCount?: number;
            selfUri?: string;
            status?: string;
        };
        OrganizationsExportComparisonFieldFilter: {
            field: string;
            value: string;
        };
        OrganizationsExportFieldFilter: {
            field: string;
            value: string;
        };
        OrganizationsExportFieldListFilter: {
            field: string;
            values: string[];
        };
        OrganizationsExportFilter: {
            and?: components["schemas"]["OrganizationsExportFilter"][];
            eq?: components["schemas"]["OrganizationsExportFieldFilter"];
            gte?: components["schemas"]["OrganizationsExportComparisonFieldFilter"];
            in?: components["schemas"]["OrganizationsExportFieldListFilter"];
            lte?: components["schemas"]["OrganizationsExportComparisonFieldFilter"];
            not?: components["schemas"]["OrganizationsExportFilter"];
            or?: components["schemas"]["OrganizationsExportFilter"][];
        };
        OrganizationsExportListing: {
            entities?: components["schemas"]["OrganizationsExport"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        OrganizationsExportQueryConditions: {
            filters?: components["schemas"]["OrganizationsExportFilter"];
            limit?: number;
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
        OutcomeAchievement: {
            achievedDate: string;
            outcome: components["schemas"]["AchievedOutcome"];
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
        PhoneNumber: {
            acceptsSMS?: boolean;
            countryCode?: string;
            display?: string;
            e164?: string;
            /** Format: int64 */
            extension?: number;
            normalizationCountryCode?: string;
            userInput?: string;
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
        Referrer: {
            domain: string;
            fragment?: string;
            hostname: string;
            keywords?: string;
            medium: string;
            name?: string;
            pathname: string;
            queryString?: string;
            url: string;
        };
        Relationship: {
            division?: components["schemas"]["WritableStarrableDivision"];
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalOrganization: components["schemas"]["ExternalOrganization"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The relationship or role of the user to this external organization.Examples: Account Manager, Sales Engineer, Implementation Consultant */
            relationship: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            user: components["schemas"]["User"];
        };
        RelationshipListing: {
            entities?: components["schemas"]["Relationship"][];
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
            partialResults?: boolean;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        RelationshipsExport: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCompletion?: string;
            dateCreated?: string;
            divisionIds?: string[];
            downloadUrl?: string;
            id?: string;
            queryConditions?: components["schemas"]["RelationshipsExportQueryConditions"];
            resultRowCount?: number;
            selfUri?: string;
            status?: string;
        };
        RelationshipsExportComparisonFieldFilter: {
            field: string;
            value: string;
        };
        RelationshipsExportFieldFilter: {
            field: string;
            value: string;
        };
        RelationshipsExportFieldListFilter: {
            field: string;
            values: string[];
        };
        RelationshipsExportFilter: {
            and?: components["schemas"]["RelationshipsExportFilter"][];
            eq?: components["schemas"]["RelationshipsExportFieldFilter"];
            gte?: components["schemas"]["RelationshipsExportComparisonFieldFilter"];
            in?: components["schemas"]["RelationshipsExportFieldListFilter"];
            lte?: components["schemas"]["RelationshipsExportComparisonFieldFilter"];
            not?: components["schemas"]["RelationshipsExportFilter"];
            or?: components["schemas"]["RelationshipsExportFilter"][];
        };
        RelationshipsExportListing: {
            entities?: components["schemas"]["RelationshipsExport"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        RelationshipsExportQueryConditions: {
            filters?: components["schemas"]["RelationshipsExportFilter"];
            limit?: number;
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
        ReverseWhitepagesLookupResult: {
            contacts?: components["schemas"]["ExternalContact"][];
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
        SdkLibrary: {
            name: string;
            version: string;
        };
        SegmentAssignment: {
            dateAssigned: string;
            dateForUnassignment: string;
            externalContact: components["schemas"]["AddressableEntityRef"];
            segment: components["schemas"]["SegmentAssignmentSegment"];
            session?: components["schemas"]["SegmentAssignmentSession"];
        };
        SegmentAssignmentListing: {
            entities?: components["schemas"]["SegmentAssignment"][];
        };
        SegmentAssignments: {
            segments: components["schemas"]["SegmentForAssignment"][];
        };
        SegmentAssignmentSegment: {
            id: string;
            selfUri?: string;
        };
        SegmentAssignmentSession: {
            id: string;
            selfUri?: string;
            type: string;
        };
        SegmentForAssignment: {
            id: string;
        };
        SegmentForUnassignment: {
            id: string;
        };
        SegmentUnassignments: {
            segments: components["schemas"]["SegmentForUnassignment"][];
        };
        Session: {
            app?: components["schemas"]["JourneyApp"];
            attributeLists?: {
                [key: string]: components["schemas"]["CustomEventAttributeList"];
            };
            attributes?: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            authenticated: boolean;
            awayDate?: string;
            browser?: components["schemas"]["Browser"];
            caseAssociations?: components["schemas"]["JourneyCaseAssociation"][];
            caseEntity?: components["schemas"]["AddressableEntityRef"];
            caseReference?: string;
            caseStatus?: string;
            conversation?: components["schemas"]["AddressableEntityRef"];
            conversationChannels?: components["schemas"]["ConversationChannel"][];
            conversationSubject?: string;
            createdDate: string;
            customerId?: string;
            customerIdType?: string;
            device?: components["schemas"]["Device"];
            divisionIds?: string[];
            durationInSeconds?: number;
            endedDate?: string;
            eventCount: number;
            externalContact?: components["schemas"]["AddressableEntityRef"];
            externalId?: string;
            externalUrl?: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            id: string;
            idleDate?: string;
            ipAddress?: string;
            ipOrganization?: string;
            lastAcdOutcome?: string;
            lastConnectedQueue?: components["schemas"]["ConnectedQueue"];
            lastConnectedUser?: components["schemas"]["ConnectedUser"];
            lastEvent: components["schemas"]["SessionLastEvent"];
            lastPage?: components["schemas"]["JourneyPage"];
            lastScreen?: string;
            lastUserDisconnectType?: string;
            lastUserDisposition?: components["schemas"]["ConversationUserDisposition"];
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            networkConnectivity?: components["schemas"]["NetworkConnectivity"];
            originatingDirection?: string;
            outcomeAchievements?: components["schemas"]["OutcomeAchievement"][];
            pageviewCount?: number;
            referrer?: components["schemas"]["Referrer"];
            screenviewCount?: number;
            sdkLibrary?: components["schemas"]["SdkLibrary"];
            searchTerms?: string[];
            segmentAssignments?: components["schemas"]["SessionSegmentAssignment"][];
            selfUri?: string;
            shortId?: string;
            type: string;
            userAgentString?: string;
        };
        SessionLastEvent: {
            createdDate: string;
            eventName: string;
            id: string;
        };
        SessionListing: {
            entities?: components["schemas"]["Session"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        SessionSegmentAssignment: {
            assignedDate: string;
            segment: components["schemas"]["AssignedSegment"];
        };
        StarrableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
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
        Ticker: {
            /** @description The exchange for this ticker symbol. Examples: NYSE, FTSE, NASDAQ, etc. */
            exchange: string;
            /** @description The ticker symbol for this organization. Example: ININ, AAPL, MSFT, etc. */
            symbol: string;
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
        /** @description User information for a twitter account */
        TwitterId: {
            /** @description twitter user.id_str */
            id?: string;
            /** @description twitter user.name */
            name?: string;
            /** @description url of user's twitter profile */
            readonly profileUrl?: string;
            /** @description twitter user.screen_name */
            screenName?: string;
            /** @description whether this data has been verified using the twitter API */
            readonly verified?: boolean;
        };
        UnprocessedSegmentAssignments: {
            assign?: components["schemas"]["SegmentAssignments"];
            count: number;
            unassign?: components["schemas"]["SegmentUnassignments"];
        };
        UpdateSegmentAssignmentRequest: {
            assign?: components["schemas"]["SegmentAssignments"];
            unassign?: components["schemas"]["SegmentUnassignments"];
        };
        UpdateSegmentAssignmentResponse: {
            unprocessedItems: components["schemas"]["UnprocessedSegmentAssignments"];
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
        ValidationError: {
            lineNumber: number;
            message: string;
        };
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
        };
        ValidationResult: {
            errors: components["schemas"]["ValidationError"][];
            fileEncodingValid: boolean;
            separatorValid: boolean;
        };
        WhatsAppId: {
            displayName?: string;
            phoneNumber: components["schemas"]["PhoneNumber"];
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
export type SchemaAchievedOutcome = components['schemas']['AchievedOutcome'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAppleOpaqueId = components['schemas']['AppleOpaqueId'];
export type SchemaAssignedSegment = components['schemas']['AssignedSegment'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBrowser = components['schemas']['Browser'];
export type SchemaBulkContactsEnrichRequest = components['schemas']['BulkContactsEnrichRequest'];
export type SchemaBulkContactsEnrichResponse = components['schemas']['BulkContactsEnrichResponse'];
export type SchemaBulkContactsRequest = components['schemas']['BulkContactsRequest'];
export type SchemaBulkContactsResponse = components['schemas']['BulkContactsResponse'];
export type SchemaBulkDeleteResponse = components['schemas']['BulkDeleteResponse'];
export type SchemaBulkEntityErrorContactEnrichRequest = components['schemas']['BulkEntityErrorContactEnrichRequest'];
export type SchemaBulkEntityErrorEntity = components['schemas']['BulkEntityErrorEntity'];
export type SchemaBulkEntityErrorExternalContact = components['schemas']['BulkEntityErrorExternalContact'];
export type SchemaBulkEntityErrorExternalOrganization = components['schemas']['BulkEntityErrorExternalOrganization'];
export type SchemaBulkEntityErrorExternalOrganizationEnrichRequest = components['schemas']['BulkEntityErrorExternalOrganizationEnrichRequest'];
export type SchemaBulkEntityErrorNote = components['schemas']['BulkEntityErrorNote'];
export type SchemaBulkEntityErrorRelationship = components['schemas']['BulkEntityErrorRelationship'];
export type SchemaBulkErrorDetail = components['schemas']['BulkErrorDetail'];
export type SchemaBulkFetchContactsResponse = components['schemas']['BulkFetchContactsResponse'];
export type SchemaBulkFetchNotesResponse = components['schemas']['BulkFetchNotesResponse'];
export type SchemaBulkFetchOrganizationsResponse = components['schemas']['BulkFetchOrganizationsResponse'];
export type SchemaBulkFetchRelationshipsResponse = components['schemas']['BulkFetchRelationshipsResponse'];
export type SchemaBulkIdsRequest = components['schemas']['BulkIdsRequest'];
export type SchemaBulkNotesRequest = components['schemas']['BulkNotesRequest'];
export type SchemaBulkNotesResponse = components['schemas']['BulkNotesResponse'];
export type SchemaBulkOrganizationsEnrichRequest = components['schemas']['BulkOrganizationsEnrichRequest'];
export type SchemaBulkOrganizationsEnrichResponse = components['schemas']['BulkOrganizationsEnrichResponse'];
export type SchemaBulkOrganizationsRequest = components['schemas']['BulkOrganizationsRequest'];
export type SchemaBulkOrganizationsResponse = components['schemas']['BulkOrganizationsResponse'];
export type SchemaBulkRelationshipsRequest = components['schemas']['BulkRelationshipsRequest'];
export type SchemaBulkRelationshipsResponse = components['schemas']['BulkRelationshipsResponse'];
export type SchemaBulkResponseResultExternalContactContactEnrichRequestBulkEntityErrorContactEnrichRequest = components['schemas']['BulkResponseResultExternalContactContactEnrichRequestBulkEntityErrorContactEnrichRequest'];
export type SchemaBulkResponseResultExternalContactEntityBulkEntityErrorEntity = components['schemas']['BulkResponseResultExternalContactEntityBulkEntityErrorEntity'];
export type SchemaBulkResponseResultExternalContactExternalContactBulkEntityErrorExternalContact = components['schemas']['BulkResponseResultExternalContactExternalContactBulkEntityErrorExternalContact'];
export type SchemaBulkResponseResultExternalOrganizationEntityBulkEntityErrorEntity = components['schemas']['BulkResponseResultExternalOrganizationEntityBulkEntityErrorEntity'];
export type SchemaBulkResponseResultExternalOrganizationExternalOrganizationBulkEntityErrorExternalOrganization = components['schemas']['BulkResponseResultExternalOrganizationExternalOrganizationBulkEntityErrorExternalOrganization'];
export type SchemaBulkResponseResultExternalOrganizationExternalOrganizationEnrichRequestBulkEntityErrorExternalOrganizationEnrichRequest = components['schemas']['BulkResponseResultExternalOrganizationExternalOrganizationEnrichRequestBulkEntityErrorExternalOrganizationEnrichRequest'];
export type SchemaBulkResponseResultNoteEntityBulkEntityErrorEntity = components['schemas']['BulkResponseResultNoteEntityBulkEntityErrorEntity'];
export type SchemaBulkResponseResultNoteNoteBulkEntityErrorNote = components['schemas']['BulkResponseResultNoteNoteBulkEntityErrorNote'];
export type SchemaBulkResponseResultRelationshipEntityBulkEntityErrorEntity = components['schemas']['BulkResponseResultRelationshipEntityBulkEntityErrorEntity'];
export type SchemaBulkResponseResultRelationshipRelationshipBulkEntityErrorRelationship = components['schemas']['BulkResponseResultRelationshipRelationshipBulkEntityErrorRelationship'];
export type SchemaBulkResponseResultVoidEntityBulkEntityErrorEntity = components['schemas']['BulkResponseResultVoidEntityBulkEntityErrorEntity'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaCluster = components['schemas']['Cluster'];
export type SchemaClusterList = components['schemas']['ClusterList'];
export type SchemaClusterScan = components['schemas']['ClusterScan'];
export type SchemaClusterScanList = components['schemas']['ClusterScanList'];
export type SchemaClusterScanStatistics = components['schemas']['ClusterScanStatistics'];
export type SchemaClusterStatistics = components['schemas']['ClusterStatistics'];
export type SchemaConnectedQueue = components['schemas']['ConnectedQueue'];
export type SchemaConnectedUser = components['schemas']['ConnectedUser'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactAddress = components['schemas']['ContactAddress'];
export type SchemaContactAddressableEntityRef = components['schemas']['ContactAddressableEntityRef'];
export type SchemaContactEnrichOptions = components['schemas']['ContactEnrichOptions'];
export type SchemaContactEnrichRequest = components['schemas']['ContactEnrichRequest'];
export type SchemaContactIdentifier = components['schemas']['ContactIdentifier'];
export type SchemaContactIdentifierListing = components['schemas']['ContactIdentifierListing'];
export type SchemaContactImportField = components['schemas']['ContactImportField'];
export type SchemaContactImportJobEntityListing = components['schemas']['ContactImportJobEntityListing'];
export type SchemaContactImportJobMetadata = components['schemas']['ContactImportJobMetadata'];
export type SchemaContactImportJobRequest = components['schemas']['ContactImportJobRequest'];
export type SchemaContactImportJobResponse = components['schemas']['ContactImportJobResponse'];
export type SchemaContactImportJobStatusUpdateRequest = components['schemas']['ContactImportJobStatusUpdateRequest'];
export type SchemaContactImportJobStatusUpdateResponse = components['schemas']['ContactImportJobStatusUpdateResponse'];
export type SchemaContactImportSettings = components['schemas']['ContactImportSettings'];
export type SchemaContactImportSettingsEntityListing = components['schemas']['ContactImportSettingsEntityListing'];
export type SchemaContactListing = components['schemas']['ContactListing'];
export type SchemaContactSearchOperation = components['schemas']['ContactSearchOperation'];
export type SchemaContactSearchRequest = components['schemas']['ContactSearchRequest'];
export type SchemaContactsExport = components['schemas']['ContactsExport'];
export type SchemaContactsExportComparisonFieldFilter = components['schemas']['ContactsExportComparisonFieldFilter'];
export type SchemaContactsExportFieldFilter = components['schemas']['ContactsExportFieldFilter'];
export type SchemaContactsExportFieldListFilter = components['schemas']['ContactsExportFieldListFilter'];
export type SchemaContactsExportFilter = components['schemas']['ContactsExportFilter'];
export type SchemaContactsExportListing = components['schemas']['ContactsExportListing'];
export type SchemaContactsExportQueryConditions = components['schemas']['ContactsExportQueryConditions'];
export type SchemaContactSimpleSearch = components['schemas']['ContactSimpleSearch'];
export type SchemaContactsPatchChange = components['schemas']['ContactsPatchChange'];
export type SchemaContactVertex = components['schemas']['ContactVertex'];
export type SchemaConversationAssociation = components['schemas']['ConversationAssociation'];
export type SchemaConversationChannel = components['schemas']['ConversationChannel'];
export type SchemaConversationUserDisposition = components['schemas']['ConversationUserDisposition'];
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaCsvJobRequest = components['schemas']['CsvJobRequest'];
export type SchemaCsvJobResponse = components['schemas']['CsvJobResponse'];
export type SchemaCsvMappingEntry = components['schemas']['CsvMappingEntry'];
export type SchemaCsvSettings = components['schemas']['CsvSettings'];
export type SchemaCsvUploadDetailsResponse = components['schemas']['CsvUploadDetailsResponse'];
export type SchemaCsvUploadPreviewResponse = components['schemas']['CsvUploadPreviewResponse'];
export type SchemaCsvUploadRequest = components['schemas']['CsvUploadRequest'];
export type SchemaCsvUploadResponse = components['schemas']['CsvUploadResponse'];
export type SchemaCursorContactListing = components['schemas']['CursorContactListing'];
export type SchemaCursorExternalSourceListing = components['schemas']['CursorExternalSourceListing'];
export type SchemaCursorNoteListing = components['schemas']['CursorNoteListing'];
export type SchemaCursorOrganizationListing = components['schemas']['CursorOrganizationListing'];
export type SchemaCursorRelationshipListing = components['schemas']['CursorRelationshipListing'];
export type SchemaCursors = components['schemas']['Cursors'];
export type SchemaCustomEventAttribute = components['schemas']['CustomEventAttribute'];
export type SchemaCustomEventAttributeList = components['schemas']['CustomEventAttributeList'];
export type SchemaDataSchema = components['schemas']['DataSchema'];
export type SchemaDataSchemaListing = components['schemas']['DataSchemaListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDevice = components['schemas']['Device'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaEnrichFieldRule = components['schemas']['EnrichFieldRule'];
export type SchemaEnrichFieldRules = components['schemas']['EnrichFieldRules'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExternalContact = components['schemas']['ExternalContact'];
export type SchemaExternalContactsEntity = components['schemas']['ExternalContactsEntity'];
export type SchemaExternalContactsPatchRequest = components['schemas']['ExternalContactsPatchRequest'];
export type SchemaExternalDataSource = components['schemas']['ExternalDataSource'];
export type SchemaExternalId = components['schemas']['ExternalId'];
export type SchemaExternalOrganization = components['schemas']['ExternalOrganization'];
export type SchemaExternalOrganizationEnrichRequest = components['schemas']['ExternalOrganizationEnrichRequest'];
export type SchemaExternalOrganizationIdentifier = components['schemas']['ExternalOrganizationIdentifier'];
export type SchemaExternalOrganizationIdentifierClaimRequest = components['schemas']['ExternalOrganizationIdentifierClaimRequest'];
export type SchemaExternalOrganizationIdentifierListing = components['schemas']['ExternalOrganizationIdentifierListing'];
export type SchemaExternalOrganizationListing = components['schemas']['ExternalOrganizationListing'];
export type SchemaExternalOrganizationTrustorLink = components['schemas']['ExternalOrganizationTrustorLink'];
export type SchemaExternalSource = components['schemas']['ExternalSource'];
export type SchemaFacebookId = components['schemas']['FacebookId'];
export type SchemaFacebookScopedId = components['schemas']['FacebookScopedId'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGraph = components['schemas']['Graph'];
export type SchemaGraphEdge = components['schemas']['GraphEdge'];
export type SchemaGraphSettings = components['schemas']['GraphSettings'];
export type SchemaGraphVertices = components['schemas']['GraphVertices'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaHeader = components['schemas']['Header'];
export type SchemaIdentifierClaimRequest = components['schemas']['IdentifierClaimRequest'];
export type SchemaIdentifierVertex = components['schemas']['IdentifierVertex'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInstagramId = components['schemas']['InstagramId'];
export type SchemaInstagramScopedId = components['schemas']['InstagramScopedId'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaJourneyApp = components['schemas']['JourneyApp'];
export type SchemaJourneyCampaign = components['schemas']['JourneyCampaign'];
export type SchemaJourneyCaseAssociation = components['schemas']['JourneyCaseAssociation'];
export type SchemaJourneyGeolocation = components['schemas']['JourneyGeolocation'];
export type SchemaJourneyPage = components['schemas']['JourneyPage'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLineId = components['schemas']['LineId'];
export type SchemaLineUserId = components['schemas']['LineUserId'];
export type SchemaLinkConfiguration = components['schemas']['LinkConfiguration'];
export type SchemaListing = components['schemas']['Listing'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMergeContactsRequest = components['schemas']['MergeContactsRequest'];
export type SchemaMergeError = components['schemas']['MergeError'];
export type SchemaMergeInfo = components['schemas']['MergeInfo'];
export type SchemaMergeOperation = components['schemas']['MergeOperation'];
export type SchemaMergeRequest = components['schemas']['MergeRequest'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaNetworkConnectivity = components['schemas']['NetworkConnectivity'];
export type SchemaNote = components['schemas']['Note'];
export type SchemaNoteListing = components['schemas']['NoteListing'];
export type SchemaNotesExport = components['schemas']['NotesExport'];
export type SchemaNotesExportComparisonFieldFilter = components['schemas']['NotesExportComparisonFieldFilter'];
export type SchemaNotesExportFieldFilter = components['schemas']['NotesExportFieldFilter'];
export type SchemaNotesExportFieldListFilter = components['schemas']['NotesExportFieldListFilter'];
export type SchemaNotesExportFilter = components['schemas']['NotesExportFilter'];
export type SchemaNotesExportListing = components['schemas']['NotesExportListing'];
export type SchemaNotesExportQueryConditions = components['schemas']['NotesExportQueryConditions'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaOrganizationsExport = components['schemas']['OrganizationsExport'];
export type SchemaOrganizationsExportComparisonFieldFilter = components['schemas']['OrganizationsExportComparisonFieldFilter'];
export type SchemaOrganizationsExportFieldFilter = components['schemas']['OrganizationsExportFieldFilter'];
export type SchemaOrganizationsExportFieldListFilter = components['schemas']['OrganizationsExportFieldListFilter'];
export type SchemaOrganizationsExportFilter = components['schemas']['OrganizationsExportFilter'];
export type SchemaOrganizationsExportListing = components['schemas']['OrganizationsExportListing'];
export type SchemaOrganizationsExportQueryConditions = components['schemas']['OrganizationsExportQueryConditions'];
export type SchemaOrgUser = components['schemas']['OrgUser'];
export type SchemaOutcomeAchievement = components['schemas']['OutcomeAchievement'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPhoneNumber = components['schemas']['PhoneNumber'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaReferrer = components['schemas']['Referrer'];
export type SchemaRelationship = components['schemas']['Relationship'];
export type SchemaRelationshipListing = components['schemas']['RelationshipListing'];
export type SchemaRelationshipsExport = components['schemas']['RelationshipsExport'];
export type SchemaRelationshipsExportComparisonFieldFilter = components['schemas']['RelationshipsExportComparisonFieldFilter'];
export type SchemaRelationshipsExportFieldFilter = components['schemas']['RelationshipsExportFieldFilter'];
export type SchemaRelationshipsExportFieldListFilter = components['schemas']['RelationshipsExportFieldListFilter'];
export type SchemaRelationshipsExportFilter = components['schemas']['RelationshipsExportFilter'];
export type SchemaRelationshipsExportListing = components['schemas']['RelationshipsExportListing'];
export type SchemaRelationshipsExportQueryConditions = components['schemas']['RelationshipsExportQueryConditions'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaReverseWhitepagesLookupResult = components['schemas']['ReverseWhitepagesLookupResult'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSchemaQuantityLimits = components['schemas']['SchemaQuantityLimits'];
export type SchemaSdkLibrary = components['schemas']['SdkLibrary'];
export type SchemaSegmentAssignment = components['schemas']['SegmentAssignment'];
export type SchemaSegmentAssignmentListing = components['schemas']['SegmentAssignmentListing'];
export type SchemaSegmentAssignments = components['schemas']['SegmentAssignments'];
export type SchemaSegmentAssignmentSegment = components['schemas']['SegmentAssignmentSegment'];
export type SchemaSegmentAssignmentSession = components['schemas']['SegmentAssignmentSession'];
export type SchemaSegmentForAssignment = components['schemas']['SegmentForAssignment'];
export type SchemaSegmentForUnassignment = components['schemas']['SegmentForUnassignment'];
export type SchemaSegmentUnassignments = components['schemas']['SegmentUnassignments'];
export type SchemaSession = components['schemas']['Session'];
export type SchemaSessionLastEvent = components['schemas']['SessionLastEvent'];
export type SchemaSessionListing = components['schemas']['SessionListing'];
export type SchemaSessionSegmentAssignment = components['schemas']['SessionSegmentAssignment'];
export type SchemaStarrableDivision = components['schemas']['StarrableDivision'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTicker = components['schemas']['Ticker'];
export type SchemaTrusteeAuthorization = components['schemas']['TrusteeAuthorization'];
export type SchemaTrustor = components['schemas']['Trustor'];
export type SchemaTwitterId = components['schemas']['TwitterId'];
export type SchemaUnprocessedSegmentAssignments = components['schemas']['UnprocessedSegmentAssignments'];
export type SchemaUpdateSegmentAssignmentRequest = components['schemas']['UpdateSegmentAssignmentRequest'];
export type SchemaUpdateSegmentAssignmentResponse = components['schemas']['UpdateSegmentAssignmentResponse'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaValidationError = components['schemas']['ValidationError'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
export type SchemaValidationResult = components['schemas']['ValidationResult'];
export type SchemaWhatsAppId = components['schemas']['WhatsAppId'];
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
    postExternalcontactsBulkContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchContactsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkContactsAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contacts */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkContactsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkContactsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkContactsDivisionviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchContactsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkContactsEnrich: {
        parameters: {
            query?: {
                /** @description If true, the request will not make any modifications, but will show you what the end result *would* be. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact Enrich Requests */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkContactsEnrichRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkContactsEnrichResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkContactsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkContactsUnresolved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchContactsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkContactsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contacts */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkContactsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkContactsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Note ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchNotesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkNotesAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Notes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkNotesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkNotesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkNotesRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Note ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkNotesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Notes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkNotesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkNotesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organizations ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchOrganizationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkOrganizationsAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organizations */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOrganizationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkOrganizationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkOrganizationsDivisionviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organizations ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchOrganizationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkOrganizationsEnrich: {
        parameters: {
            query?: {
                /** @description If true, the request will not make any modifications, but will show you what the end result *would* be. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description External Organization Enrich Requests */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOrganizationsEnrichRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkOrganizationsEnrichResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkOrganizationsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkOrganizationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organizations */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOrganizationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkOrganizationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Relationships ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFetchRelationshipsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkRelationshipsAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Relationships */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRelationshipsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRelationshipsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkRelationshipsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Relationships ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsBulkRelationshipsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Relationships */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRelationshipsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRelationshipsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContacts: {
        parameters: {
            query?: {
                /** @description which divisions to search, up to 50 */
                divisionIds?: string[];
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description Page number (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageNumber?: number;
                /** @description Page size (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageSize?: number;
                /** @description User supplied search keywords (no special syntax is currently supported) */
                q?: string;
                /** @description The External Contact field to sort by. Any of: [firstName, lastName, middleName, title]. Direction: [asc, desc]. e.g. firstName:asc, title:desc */
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
                    "application/json": components["schemas"]["ContactListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ExternalContact */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContact"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContact: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
            };
            cookie?: never;
        };
        /** @description ExternalContact */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContact"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
    patchExternalcontactsContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
            };
            cookie?: never;
        };
        /** @description Contact fields to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContactsPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactIdentifiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["ContactIdentifierListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchExternalcontactsContactIdentifiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
            };
            cookie?: never;
        };
        /** @description ClaimRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentifierClaimRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactIdentifier"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactJourneySegments: {
        parameters: {
            query?: {
                /** @description Indicates whether to return segment assignments from all external contacts in the merge-set of the given one. */
                includeMerged?: boolean;
                /** @description Number of entities to return. Default of 25, maximum of 500. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["SegmentAssignmentListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactJourneySegments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentAssignmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSegmentAssignmentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactJourneySessions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Indicates whether to return sessions from all external contacts in the merge-set of the given one. */
                includeMerged?: boolean;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["SessionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactNotes: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand. mergeset will include notes attached to ancestor contacts which have been merged into this one. */
                expand?: string[];
                /** @description Page number (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageNumber?: number;
                /** @description Page size (limited to fetching first 1,000 records; pageSize <= 100; pageNumber * pageSize must be <= 1,000) */
                pageSize?: number;
                /** @description The Note field to sort by. Any of: [createDate]. Direction: [asc, desc].  e.g. createDate:asc, createDate:desc */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description ExternalContact Id */
                contactId: string;
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
                    "application/json": components["schemas"]["NoteListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact Id */
                contactId: string;
            };
            cookie?: never;
        };
        /** @description ExternalContact */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Note"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactNote: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description ExternalContact Id */
                contactId: string;
                /** @description Note Id */
                noteId: string;
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
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsContactNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact Id */
                contactId: string;
                /** @description Note Id */
                noteId: string;
            };
            cookie?: never;
        };
        /** @description Note */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Note"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsContactNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact Id */
                contactId: string;
                /** @description Note Id */
                noteId: string;
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
    patchExternalcontactsContactNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact Id */
                contactId: string;
                /** @description Note Id */
                noteId: string;
            };
            cookie?: never;
        };
        /** @description Note field to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContactsPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactUnresolved: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactsEnrich: {
        parameters: {
            query?: {
                /** @description If true, the request will not make any modifications, but will show you what the end result *would* be. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ContactEnrichRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactEnrichRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactsExports: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities */
                after?: string;
                /** @description Division IDs of entities */
                divisionIds?: string[];
                /** @description Number of entities to return */
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
                    "application/json": components["schemas"]["ContactsExportListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactsExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Export */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactsExport"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactsExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export id */
                exportId: string;
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
                    "application/json": components["schemas"]["ContactsExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactsMerge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description MergeRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeContactsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactsSchemas: {
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
    postExternalcontactsContactsSchemas: {
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
    getExternalcontactsContactsSchema: {
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
    putExternalcontactsContactsSchema: {
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
    deleteExternalcontactsContactsSchema: {
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
    getExternalcontactsContactsSchemaVersions: {
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
    getExternalcontactsContactsSchemaVersion: {
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
    getExternalcontactsContactsSchemasCoretypes: {
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
    getExternalcontactsContactsSchemasCoretype: {
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
    getExternalcontactsContactsSchemasLimits: {
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
    postExternalcontactsContactsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description ConversationAssociation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAssociation"];
            };
        };
        responses: {
            /** @description Accepted - Processing association */
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
    getExternalcontactsExternalsources: {
        parameters: {
            query?: {
                /** @description Filter by active status of external source */
                active?: boolean;
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The number of ExternalSources per page; must be between 10 and 200, default is 100 */
                limit?: number;
                /** @description Filter by external source name. Filtering is prefix filtering and not an exact match */
                name?: string;
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
                    "application/json": components["schemas"]["CursorExternalSourceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsExternalsources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description External Source */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalSource"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalSource"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsExternalsource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Source ID */
                externalSourceId: string;
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
                    "application/json": components["schemas"]["ExternalSource"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsExternalsource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Source ID */
                externalSourceId: string;
            };
            cookie?: never;
        };
        /** @description External Source */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalSource"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalSource"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsExternalsource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Source ID */
                externalSourceId: string;
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
    getExternalcontactsGraphsClusterscans: {
        parameters: {
            query?: {
                /** @description Cursor to continue scanning */
                cursor?: string;
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description Max number of records to return (must be between 1 and 100) */
                limit?: number;
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
                    "application/json": components["schemas"]["ClusterScanList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsClusterscan: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Cluster scan ID */
                scanId: string;
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
                    "application/json": components["schemas"]["ClusterScan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsClusterscanClusters: {
        parameters: {
            query?: {
                /** @description Cursor to continue scanning */
                cursor?: string;
                /** @description which divisions to filter results to, up to 50 (defaults to all divisions use has access to) */
                divisionIds?: string[];
                /** @description Max number of records to return (must be between 1 and 100) */
                limit?: number;
                /** @description which merge statuses to filter results to */
                "mergeInfo.status"?: string;
            };
            header?: never;
            path: {
                /** @description Cluster scan ID */
                scanId: string;
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
                    "application/json": components["schemas"]["ClusterList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsClusterscanCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cluster ID */
                clusterId: string;
                /** @description Cluster scan ID */
                scanId: string;
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
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsGraphsClusterscanClusterMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cluster ID */
                clusterId: string;
                /** @description Cluster scan ID */
                scanId: string;
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
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsClusterscanStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cluster scan ID */
                scanId: string;
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
                    "application/json": components["schemas"]["ClusterScanStatistics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsClusterscansLatest: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
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
                    "application/json": components["schemas"]["ClusterScan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsClusterscansLatestStatistics: {
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
                    "application/json": components["schemas"]["ClusterScanStatistics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsGraphsSettings: {
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
                    "application/json": components["schemas"]["GraphSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsGraphsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description OrgConfiguration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsIdentifierlookup: {
        parameters: {
            query?: {
                /** @description which field, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIdentifier"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsIdentifierlookupContacts: {
        parameters: {
            query?: {
                /** @description which field, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIdentifier"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsIdentifierlookupOrganizations: {
        parameters: {
            query?: {
                /** @description which field, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalOrganizationIdentifier"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalOrganization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsImportCsvJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ImportRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportCsvSettings: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description External Settings Id to filter the list. */
                externalSettingsId?: string;
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
                    "application/json": components["schemas"]["Listing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsImportCsvSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportCsvSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Settings id */
                settingsId: string;
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
                    "application/json": components["schemas"]["CsvSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsImportCsvSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Settings id */
                settingsId: string;
            };
            cookie?: never;
        };
        /** @description Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsImportCsvSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Settings id */
                settingsId: string;
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
    postExternalcontactsImportCsvUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description UploadRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportCsvUploadDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Upload id */
                uploadId: string;
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
                    "application/json": components["schemas"]["CsvUploadDetailsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportCsvUploadPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Upload id */
                uploadId: string;
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
                    "application/json": components["schemas"]["CsvUploadPreviewResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportJobs: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description Search term to filter by jobStatus */
                jobStatus?: string;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
                /** @description Direction of sorting. */
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
                    "application/json": components["schemas"]["ContactImportJobEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsImportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactImportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportJob: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Job id */
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
                    "application/json": components["schemas"]["ContactImportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id */
                jobId: string;
            };
            cookie?: never;
        };
        /** @description Status of the Job's workflow */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactImportJobStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImportJobStatusUpdateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportSettings: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Search term to filter by settings name */
                name?: string;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
                /** @description Direction of sorting. */
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
                    "application/json": components["schemas"]["ContactImportSettingsEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsImportSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Setting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactImportSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImportSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsImportSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Settings id */
                settingsId: string;
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
                    "application/json": components["schemas"]["ContactImportSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsImportSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Settings id */
                settingsId: string;
            };
            cookie?: never;
        };
        /** @description Setting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactImportSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImportSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsImportSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Settings id */
                settingsId: string;
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
    postExternalcontactsMergeContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description MergeRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsNotesExports: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities */
                after?: string;
                /** @description Division IDs of entities */
                divisionIds?: string[];
                /** @description Number of entities to return */
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
                    "application/json": components["schemas"]["NotesExportListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsNotesExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Export */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotesExport"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotesExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsNotesExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export id */
                exportId: string;
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
                    "application/json": components["schemas"]["NotesExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizations: {
        parameters: {
            query?: {
                /** @description which divisions to search, up to 50 */
                divisionIds?: string[];
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description (true or false) whether or not to include trustor information embedded in the externalOrganization */
                includeTrustors?: boolean;
                /** @description Page number (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageNumber?: number;
                /** @description Page size (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageSize?: number;
                /** @description Search query */
                q?: string;
                /** @description The Organization field to sort by. Any of: [companyType, industry, name]. Direction: [asc, desc]. e.g. companyType:asc, industry:desc */
                sortOrder?: string;
                /** @description Search for external organizations by trustorIds (limit 25). If supplied, the 'q' parameters is ignored. Items are returned in the order requested */
                trustorId?: string[];
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
                    "application/json": components["schemas"]["ExternalOrganizationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ExternalOrganization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalOrganization"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalOrganization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganization: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description (true or false) whether or not to include trustor information embedded in the externalOrganization */
                includeTrustors?: boolean;
            };
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
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
                    "application/json": components["schemas"]["ExternalOrganization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
            };
            cookie?: never;
        };
        /** @description ExternalOrganization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalOrganization"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalOrganization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
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
    patchExternalcontactsOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
            };
            cookie?: never;
        };
        /** @description External Organization fields to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContactsPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalOrganization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationContacts: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description Page number (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageNumber?: number;
                /** @description Page size (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageSize?: number;
                /** @description User supplied search keywords (no special syntax is currently supported) */
                q?: string;
                /** @description The External Contact field to sort by. Any of: [firstName, lastName, middleName, title]. Direction: [asc, desc]. e.g. firstName:asc, title:desc */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
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
                    "application/json": components["schemas"]["ContactListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationIdentifiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
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
                    "application/json": components["schemas"]["ExternalOrganizationIdentifierListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchExternalcontactsOrganizationIdentifiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
            };
            cookie?: never;
        };
        /** @description ClaimRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalOrganizationIdentifierClaimRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalOrganizationIdentifier"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationNotes: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description Page number (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageNumber?: number;
                /** @description Page size (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageSize?: number;
                /** @description The Note field to sort by. Any of: [createDate]. Direction: [asc, desc]. e.g. createDate:asc, createDate:desc */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description External Organization Id */
                externalOrganizationId: string;
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
                    "application/json": components["schemas"]["NoteListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsOrganizationNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization Id */
                externalOrganizationId: string;
            };
            cookie?: never;
        };
        /** @description ExternalContact */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Note"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationNote: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description External Organization Id */
                externalOrganizationId: string;
                /** @description Note Id */
                noteId: string;
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
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsOrganizationNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization Id */
                externalOrganizationId: string;
                /** @description Note Id */
                noteId: string;
            };
            cookie?: never;
        };
        /** @description Note */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Note"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsOrganizationNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization Id */
                externalOrganizationId: string;
                /** @description Note Id */
                noteId: string;
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
    patchExternalcontactsOrganizationNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization Id */
                externalOrganizationId: string;
                /** @description Note Id */
                noteId: string;
            };
            cookie?: never;
        };
        /** @description Note field to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContactsPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationRelationships: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
                /** @description Page number (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageNumber?: number;
                /** @description Page size (limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000) */
                pageSize?: number;
                /** @description The Relationship field to sort by. Any of: [createDate, relationship]. Direction: [asc, desc]. e.g. createDate:asc, relationship:desc */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
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
                    "application/json": components["schemas"]["RelationshipListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsOrganizationTrustor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trustor link has been deleted */
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
    putExternalcontactsOrganizationTrustorTrustorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description External Organization ID */
                externalOrganizationId: string;
                /** @description Trustor ID */
                trustorId: string;
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
                    "application/json": components["schemas"]["ExternalOrganizationTrustorLink"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsOrganizationsEnrich: {
        parameters: {
            query?: {
                /** @description If true, the request will not make any modifications, but will show you what the end result *would* be. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ExternalOrgEnrichRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalOrganizationEnrichRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalOrganization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationsExports: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities */
                after?: string;
                /** @description Division IDs of entities */
                divisionIds?: string[];
                /** @description Number of entities to return */
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
                    "application/json": components["schemas"]["OrganizationsExportListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsOrganizationsExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Export */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationsExport"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationsExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationsExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export id */
                exportId: string;
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
                    "application/json": components["schemas"]["OrganizationsExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsOrganizationsSchemas: {
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
    postExternalcontactsOrganizationsSchemas: {
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
    getExternalcontactsOrganizationsSchema: {
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
    putExternalcontactsOrganizationsSchema: {
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
    getExternalcontactsOrganizationsSchemaVersions: {
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
    getExternalcontactsOrganizationsSchemaVersion: {
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
    getExternalcontactsOrganizationsSchemasCoretypes: {
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
    getExternalcontactsOrganizationsSchemasCoretype: {
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
    getExternalcontactsOrganizationsSchemasLimits: {
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
    postExternalcontactsRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Relationship */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Relationship"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsRelationship: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Relationship Id */
                relationshipId: string;
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
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putExternalcontactsRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Relationship Id */
                relationshipId: string;
            };
            cookie?: never;
        };
        /** @description Relationship */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Relationship"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteExternalcontactsRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Relationship Id */
                relationshipId: string;
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
    patchExternalcontactsRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Relationship Id */
                relationshipId: string;
            };
            cookie?: never;
        };
        /** @description Relationship fields to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalContactsPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsRelationshipsExports: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities */
                after?: string;
                /** @description Division IDs of entities */
                divisionIds?: string[];
                /** @description Number of entities to return */
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
                    "application/json": components["schemas"]["RelationshipsExportListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsRelationshipsExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Export */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationshipsExport"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipsExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsRelationshipsExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export id */
                exportId: string;
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
                    "application/json": components["schemas"]["RelationshipsExport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsReversewhitepageslookup: {
        parameters: {
            query: {
                /** @description Specifies which division to lookup contacts in, for the given lookup value */
                divisionId?: string;
                /** @description which field, if any, to expand */
                expand?: string[];
                /** @description User supplied value to lookup contacts (supports email addresses, e164 phone numbers, Twitter screen names) */
                lookupVal: string;
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
                    "application/json": components["schemas"]["ReverseWhitepagesLookupResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanContacts: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The division to scan over */
                divisionId?: string;
                /** @description The number of contacts per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorContactListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanContactsDivisionviewsAll: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The number of contacts per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorContactListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanNotes: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The division to scan over */
                divisionId?: string;
                /** @description The number of notes per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorNoteListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanNotesDivisionviewsAll: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The number of notes per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorNoteListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanOrganizations: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The division to scan over */
                divisionId?: string;
                /** @description The number of organizations per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorOrganizationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanOrganizationsDivisionviewsAll: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The number of organizations per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorOrganizationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanRelationships: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The division to scan over */
                divisionId?: string;
                /** @description The number of relationships per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorRelationshipListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsScanRelationshipsDivisionviewsAll: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page), each page returns a new cursor with a 24h TTL */
                cursor?: string;
                /** @description The number of relationships per page; must be between 10 and 200, default is 100 */
                limit?: number;
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
                    "application/json": components["schemas"]["CursorRelationshipListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
