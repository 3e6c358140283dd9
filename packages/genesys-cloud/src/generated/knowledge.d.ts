// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/knowledge/openapi.yaml (sha256 d70ed03576f8b356)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area knowledge` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Knowledge (127 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const knowledge = knowledgeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function knowledgeApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/knowledge/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get connections
         * @permissions ALL: `knowledge:connection:view`
         */
        get: operations["getKnowledgeConnections"];
        put?: never;
        /**
         * Create new connection
         * @permissions ALL: `knowledge:connection:add`
         */
        post: operations["postKnowledgeConnections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/connections/{connectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get connection
         * @permissions ALL: `knowledge:connection:view`
         */
        get: operations["getKnowledgeConnection"];
        put?: never;
        post?: never;
        /**
         * Delete connection
         * @permissions ALL: `knowledge:connection:delete`
         */
        delete: operations["deleteKnowledgeConnection"];
        options?: never;
        head?: never;
        /**
         * Update connection
         * @permissions ALL: `knowledge:connection:edit`
         */
        patch: operations["patchKnowledgeConnection"];
        trace?: never;
    };
    "/api/v2/knowledge/connections/{connectionId}/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get connection options
         * @permissions ALL: `knowledge:connectionOptions:view`
         */
        get: operations["getKnowledgeConnectionOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/documentuploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a presigned URL for uploading a knowledge import file with a set of documents
         * @permissions ALL: `knowledge:document:upload`
         */
        post: operations["postKnowledgeDocumentuploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create guest session
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get categories
         * @permissions none required
         */
        get: operations["getKnowledgeGuestSessionCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get documents.
         * @permissions none required
         */
        get: operations["getKnowledgeGuestSessionDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a knowledge document by ID.
         * @permissions none required
         */
        get: operations["getKnowledgeGuestSessionDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/{documentId}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Indicate that the document was copied by the user.
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentCopies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/{documentId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give feedback on a document
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/{documentId}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create view event for a document.
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer documents.
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentsAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/presentations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Indicate that documents were presented to the user.
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentsPresentations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the documents in a guest session.
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/search/{searchId}": {
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
         * Update search result.
         * @permissions none required
         */
        patch: operations["patchKnowledgeGuestSessionDocumentsSearchSearchId"];
        trace?: never;
    };
    "/api/v2/knowledge/guest/sessions/{sessionId}/documents/search/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the knowledge documents to provide suggestions for auto completion.
         * @permissions none required
         */
        post: operations["postKnowledgeGuestSessionDocumentsSearchSuggestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/integrations/{integrationId}/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sync options available for a knowledge-connect integration
         * @permissions ALL: `knowledge:integrationOptions:view`
         */
        get: operations["getKnowledgeIntegrationOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get knowledge bases
         * @permissions ALL: `knowledge:knowledgebase:view`
         */
        get: operations["getKnowledgeKnowledgebases"];
        put?: never;
        /**
         * Create new knowledge base
         * @permissions ALL: `knowledge:knowledgebase:add`
         */
        post: operations["postKnowledgeKnowledgebases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get knowledge base
         * @permissions ALL: `knowledge:knowledgebase:view`
         */
        get: operations["getKnowledgeKnowledgebase"];
        put?: never;
        post?: never;
        /**
         * Delete knowledge base
         * @permissions ALL: `knowledge:knowledgebase:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebase"];
        options?: never;
        head?: never;
        /**
         * Update knowledge base
         * @permissions ALL: `knowledge:knowledgebase:edit`
         */
        patch: operations["patchKnowledgeKnowledgebase"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get categories
         * @permissions ALL: `knowledge:category:view`
         */
        get: operations["getKnowledgeKnowledgebaseCategories"];
        put?: never;
        /**
         * Create new category
         * @permissions ALL: `knowledge:category:add`
         */
        post: operations["postKnowledgeKnowledgebaseCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get category
         * @permissions ALL: `knowledge:category:view`
         */
        get: operations["getKnowledgeKnowledgebaseCategory"];
        put?: never;
        post?: never;
        /**
         * Delete category
         * @permissions ALL: `knowledge:category:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseCategory"];
        options?: never;
        head?: never;
        /**
         * Update category
         * @permissions ALL: `knowledge:category:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseCategory"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/chunks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for chunks in a knowledge base
         * @permissions ALL: `knowledge:knowledgebase:search`
         */
        post: operations["postKnowledgeKnowledgebaseChunksSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/chunks/search/{searchId}": {
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
         * Register chunk search result.
         * @permissions ALL: `knowledge:knowledgebase:search`
         */
        patch: operations["patchKnowledgeKnowledgebaseChunksSearchSearchId"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get documents.
         * @permissions ALL: `knowledge:document:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocuments"];
        put?: never;
        /**
         * Create document.
         * @permissions ALL: `knowledge:document:add`
         */
        post: operations["postKnowledgeKnowledgebaseDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get document.
         * @permissions ALL: `knowledge:document:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocument"];
        put?: never;
        post?: never;
        /**
         * Delete document.
         * @permissions ALL: `knowledge:document:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseDocument"];
        options?: never;
        head?: never;
        /**
         * Update document.
         * @permissions ALL: `knowledge:document:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseDocument"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Indicate that the document was copied by the user.
         * @permissions ALL: `knowledge:documentCopy:add`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentCopies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of feedback records given on a document
         * @permissions ANY: `knowledge:feedback:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentFeedback"];
        put?: never;
        /**
         * Give feedback on a document
         * @permissions ANY: `knowledge:feedback:create`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single feedback record given on a document
         * @permissions ANY: `knowledge:feedback:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentFeedbackFeedbackId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update feedback on a document
         * @permissions ANY: `knowledge:feedback:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseDocumentFeedbackFeedbackId"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/variations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get variations for a document.
         * @permissions ALL: `knowledge:document:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentVariations"];
        put?: never;
        /**
         * Create a variation for a document.
         * @permissions ANY: any one of `knowledge:document:add`, `knowledge:document:edit`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentVariations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/variations/{documentVariationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a variation for a document.
         * @permissions ALL: `knowledge:document:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentVariation"];
        put?: never;
        post?: never;
        /**
         * Delete a variation for a document.
         * @permissions ANY: any one of `knowledge:document:delete`, `knowledge:document:edit`
         */
        delete: operations["deleteKnowledgeKnowledgebaseDocumentVariation"];
        options?: never;
        head?: never;
        /**
         * Update a variation for a document.
         * @permissions ALL: `knowledge:document:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseDocumentVariation"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get document versions.
         * @permissions ALL: `knowledge:documentVersion:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentVersions"];
        put?: never;
        /**
         * Creates or restores a document version.
         * @permissions ALL: `knowledge:documentVersion:add`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get document version.
         * @permissions ALL: `knowledge:documentVersion:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/versions/{versionId}/variations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get variations for the given document version.
         * @permissions ALL: `knowledge:documentVersion:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentVersionVariations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/versions/{versionId}/variations/{variationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get variation for the given document version.
         * @permissions ALL: `knowledge:documentVersion:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentVersionVariation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/{documentId}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create view for a document.
         * @permissions ALL: `knowledge:documentView:add`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer documents.
         * @permissions ALL: all of `knowledge:document:view`, `knowledge:documentAnswer:view`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove documents.
         * @permissions ALL: `knowledge:document:delete`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/bulk/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update documents.
         * @permissions ALL: `knowledge:document:edit`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsBulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of feedback records given on documents in a knowledge base
         * @permissions ANY: `knowledge:feedback:view`
         */
        get: operations["getKnowledgeKnowledgebaseDocumentsFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/presentations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Indicate that documents were presented to the user.
         * @permissions ALL: `knowledge:documentPresentation:add`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsPresentations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for knowledge documents.
         * @permissions ALL: `knowledge:document:view`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the documents in a knowledge base.
         * @permissions ALL: `knowledge:knowledgebase:search`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/search/{searchId}": {
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
         * Update search result.
         * @permissions ALL: `knowledge:search:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseDocumentsSearchSearchId"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/search/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the knowledge documents to provide suggestions for auto completion.
         * @permissions ALL: `knowledge:knowledgebase:search`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsSearchSuggestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/documents/versions/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add document versions.
         * @permissions ALL: `knowledge:documentVersion:add`
         */
        post: operations["postKnowledgeKnowledgebaseDocumentsVersionsBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/export/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create export job
         * @permissions ALL: `knowledge:exportJob:add`
         */
        post: operations["postKnowledgeKnowledgebaseExportJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/export/jobs/{exportJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get export job report
         * @permissions ALL: `knowledge:exportJob:view`
         */
        get: operations["getKnowledgeKnowledgebaseExportJob"];
        put?: never;
        post?: never;
        /**
         * Delete export job
         * @permissions ALL: `knowledge:exportJob:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseExportJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/import/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create import job
         * @permissions ALL: `knowledge:importJob:add`
         */
        post: operations["postKnowledgeKnowledgebaseImportJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/import/jobs/{importJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get import job report
         * @permissions ALL: `knowledge:importJob:view`
         */
        get: operations["getKnowledgeKnowledgebaseImportJob"];
        put?: never;
        post?: never;
        /**
         * Delete import job
         * @permissions ALL: `knowledge:importJob:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseImportJob"];
        options?: never;
        head?: never;
        /**
         * Start import job
         * @permissions ALL: `knowledge:importJob:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseImportJob"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get labels
         * @permissions ALL: `knowledge:label:view`
         */
        get: operations["getKnowledgeKnowledgebaseLabels"];
        put?: never;
        /**
         * Create new label
         * @permissions ALL: `knowledge:label:add`
         */
        post: operations["postKnowledgeKnowledgebaseLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/labels/{labelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get label
         * @permissions ALL: `knowledge:label:view`
         */
        get: operations["getKnowledgeKnowledgebaseLabel"];
        put?: never;
        post?: never;
        /**
         * Delete label
         * @permissions ALL: `knowledge:label:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseLabel"];
        options?: never;
        head?: never;
        /**
         * Update label
         * @permissions ALL: `knowledge:label:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseLabel"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get operations
         * @permissions ALL: `knowledge:importExportOperationsList:view`
         */
        get: operations["getKnowledgeKnowledgebaseOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/operations/users/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get ids of operation creator users and oauth clients
         * @permissions ALL: `knowledge:importExportOperationsList:view`
         */
        get: operations["getKnowledgeKnowledgebaseOperationsUsersQuery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/parse/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create parse job
         * @permissions ALL: `knowledge:importJob:add`
         */
        post: operations["postKnowledgeKnowledgebaseParseJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/parse/jobs/{parseJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get parse job report
         * @permissions ALL: `knowledge:importJob:view`
         */
        get: operations["getKnowledgeKnowledgebaseParseJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Send update to the parse operation
         * @permissions ALL: `knowledge:importJob:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseParseJob"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/parse/jobs/{parseJobId}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the parsed articles
         * @permissions ALL: `knowledge:importJob:edit`
         */
        post: operations["postKnowledgeKnowledgebaseParseJobImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Knowledge integration sources
         * @permissions ALL: `knowledge:integrationSource:view`
         */
        get: operations["getKnowledgeKnowledgebaseSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources/salesforce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Salesforce Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:add`
         */
        post: operations["postKnowledgeKnowledgebaseSourcesSalesforce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources/salesforce/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Salesforce Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:view`
         */
        get: operations["getKnowledgeKnowledgebaseSourcesSalesforceSourceId"];
        /**
         * Update Salesforce Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:edit`
         */
        put: operations["putKnowledgeKnowledgebaseSourcesSalesforceSourceId"];
        post?: never;
        /**
         * Delete Salesforce Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseSourcesSalesforceSourceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources/salesforce/{sourceId}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start sync on Salesforce Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:edit`
         */
        post: operations["postKnowledgeKnowledgebaseSourcesSalesforceSourceIdSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources/servicenow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create ServiceNow Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:add`
         */
        post: operations["postKnowledgeKnowledgebaseSourcesServicenow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources/servicenow/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get ServiceNow Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:view`
         */
        get: operations["getKnowledgeKnowledgebaseSourcesServicenowSourceId"];
        /**
         * Update ServiceNow Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:edit`
         */
        put: operations["putKnowledgeKnowledgebaseSourcesServicenowSourceId"];
        post?: never;
        /**
         * Delete ServiceNow Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseSourcesServicenowSourceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/sources/servicenow/{sourceId}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start synchronization on ServiceNow Knowledge integration source
         * @permissions ALL: `knowledge:integrationSource:edit`
         */
        post: operations["postKnowledgeKnowledgebaseSourcesServicenowSourceIdSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/synchronize/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create synchronization job
         * @permissions ALL: `knowledge:syncJob:add`
         */
        post: operations["postKnowledgeKnowledgebaseSynchronizeJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/synchronize/jobs/{syncJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get synchronization job report
         * @permissions ALL: `knowledge:syncJob:view`
         */
        get: operations["getKnowledgeKnowledgebaseSynchronizeJob"];
        put?: never;
        post?: never;
        /**
         * Delete synchronization job
         * @permissions ALL: `knowledge:syncJob:delete`
         */
        delete: operations["deleteKnowledgeKnowledgebaseSynchronizeJob"];
        options?: never;
        head?: never;
        /**
         * Update synchronization job
         * @permissions ALL: `knowledge:syncJob:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseSynchronizeJob"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/unanswered/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get knowledge base unanswered groups
         * @permissions ALL: `knowledge:groups:view`
         */
        get: operations["getKnowledgeKnowledgebaseUnansweredGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/unanswered/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get knowledge base unanswered group for a particular groupId
         * @permissions ALL: `knowledge:groups:view`
         */
        get: operations["getKnowledgeKnowledgebaseUnansweredGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/unanswered/groups/{groupId}/phrasegroups/{phraseGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get knowledge base unanswered phrase group for a particular phraseGroupId
         * @permissions ALL: `knowledge:groups:view`
         */
        get: operations["getKnowledgeKnowledgebaseUnansweredGroupPhrasegroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a Knowledge base unanswered phrase group
         * @permissions ALL: all of `knowledge:groups:edit`, `knowledge:document:edit`
         */
        patch: operations["patchKnowledgeKnowledgebaseUnansweredGroupPhrasegroup"];
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/uploads/urls/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create content upload from URL job
         * @permissions ALL: `knowledge:uploadSourceUrlJob:add`
         */
        post: operations["postKnowledgeKnowledgebaseUploadsUrlsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/knowledgebases/{knowledgeBaseId}/uploads/urls/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get content upload from URL job status
         * @permissions ALL: `knowledge:uploadSourceUrlJob:view`
         */
        get: operations["getKnowledgeKnowledgebaseUploadsUrlsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Knowledge Search
         * @permissions ALL: `knowledge:knowledgeSetting:search`
         */
        post: operations["postKnowledgeSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/search/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Knowledge Search Preview
         * @permissions ALL: `knowledge:knowledgeSetting:searchPreview`
         */
        post: operations["postKnowledgeSearchPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Knowledge settings.
         * @permissions ALL: `knowledge:knowledgeSetting:view`
         */
        get: operations["getKnowledgeSettings"];
        put?: never;
        /**
         * Create Knowledge setting.
         * @permissions ALL: `knowledge:knowledgeSetting:add`
         */
        post: operations["postKnowledgeSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/settings/{knowledgeSettingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Knowledge setting.
         * @permissions ALL: `knowledge:knowledgeSetting:view`
         */
        get: operations["getKnowledgeSetting"];
        put?: never;
        post?: never;
        /**
         * Delete Knowledge setting.
         * @permissions ALL: `knowledge:knowledgeSetting:delete`
         */
        delete: operations["deleteKnowledgeSetting"];
        options?: never;
        head?: never;
        /**
         * Update Knowledge setting.
         * @permissions ALL: `knowledge:knowledgeSetting:edit`
         */
        patch: operations["patchKnowledgeSetting"];
        trace?: never;
    };
    "/api/v2/knowledge/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @permissions ALL: `knowledge:source:view`
         */
        get: operations["getKnowledgeSources"];
        put?: never;
        /**
         * Create a new source
         * @permissions ALL: `knowledge:source:add`
         */
        post: operations["postKnowledgeSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get source
         * @permissions ALL: `knowledge:source:view`
         */
        get: operations["getKnowledgeSource"];
        /**
         * Update the source
         * @permissions ALL: `knowledge:source:edit`
         */
        put: operations["putKnowledgeSource"];
        post?: never;
        /**
         * Delete source
         * @permissions ALL: `knowledge:source:delete`
         */
        delete: operations["deleteKnowledgeSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}/synchronizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get synchronizations of a source.
         * @permissions ALL: `knowledge:synchronization:view`
         */
        get: operations["getKnowledgeSourceSynchronizations"];
        put?: never;
        /**
         * Start a manual synchronization from a source.
         * @permissions ALL: `knowledge:synchronization:add`
         */
        post: operations["postKnowledgeSourceSynchronizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}/synchronizations/{synchronizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific synchronization of a source.
         * @permissions ALL: `knowledge:synchronization:view`
         */
        get: operations["getKnowledgeSourceSynchronization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update synchronization.
         * @permissions ALL: `knowledge:synchronization:edit`
         */
        patch: operations["patchKnowledgeSourceSynchronization"];
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}/synchronizations/{synchronizationId}/deletions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get deletion entries associated with the synchronization.
         * @permissions ALL: `knowledge:synchronizationFileDeletion:view`
         */
        get: operations["getKnowledgeSourceSynchronizationDeletions"];
        put?: never;
        /**
         * Mark a previously synced file for deletion in the synchronization.
         * @permissions ALL: `knowledge:synchronization:deleteFile`
         */
        post: operations["postKnowledgeSourceSynchronizationDeletions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}/synchronizations/{synchronizationId}/deletions/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deletion entry associated with the synchronization
         * @permissions ALL: `knowledge:synchronizationFileDeletion:view`
         */
        get: operations["getKnowledgeSourceSynchronizationDeletion"];
        put?: never;
        post?: never;
        /**
         * Remove a deletion entry associated with the synchronization
         * @permissions ALL: `knowledge:synchronizationFileDeletion:delete`
         */
        delete: operations["deleteKnowledgeSourceSynchronizationDeletion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}/synchronizations/{synchronizationId}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get file upload entries associated with the synchronization
         * @permissions ALL: `knowledge:synchronizationFileUpload:view`
         */
        get: operations["getKnowledgeSourceSynchronizationUploads"];
        put?: never;
        /**
         * Create presigned URL for uploading a file in the synchronization.
         * @permissions ALL: `knowledge:synchronization:upload`
         */
        post: operations["postKnowledgeSourceSynchronizationUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/{sourceId}/synchronizations/{synchronizationId}/uploads/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file upload entry associated with the synchronization
         * @permissions ALL: `knowledge:synchronizationFileUpload:view`
         */
        get: operations["getKnowledgeSourceSynchronizationUpload"];
        put?: never;
        post?: never;
        /**
         * Remove a file upload entry associated with the synchronization
         * @permissions ALL: `knowledge:synchronizationFileUpload:delete`
         */
        delete: operations["deleteKnowledgeSourceSynchronizationUpload"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/knowledge/sources/synchronizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get synchronizations of all sources of the organization.
         * @permissions ALL: `knowledge:synchronization:view`
         */
        get: operations["getKnowledgeSourcesSynchronizations"];
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
        AnswerGenerationDocument: {
            id?: string;
            selfUri?: string;
            title?: string;
        };
        AuthenticationProperties: {
            sharepoint?: components["schemas"]["SharepointAuthenticationProperties"];
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
        CategoryCreateRequest: {
            description?: string;
            externalId?: string;
            id?: string;
            name: string;
            parentCategoryId?: string;
            selfUri?: string;
        };
        CategoryReference: {
            id: string;
            name?: string;
            parentCategory?: components["schemas"]["CategoryReference"];
            selfUri?: string;
        };
        CategoryResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            documentCount?: number;
            externalId?: string;
            id?: string;
            knowledgeBase?: components["schemas"]["KnowledgeBaseReference"];
            name: string;
            parentCategory?: components["schemas"]["CategoryReference"];
            selfUri?: string;
        };
        CategoryResponseListing: {
            entities?: components["schemas"]["CategoryResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CategoryUpdateRequest: {
            description?: string;
            externalId?: string;
            id?: string;
            name?: string;
            parentCategoryId?: string;
            selfUri?: string;
        };
        ChunkSearchRegisterRequest: {
            answered: boolean;
            selectedAnswers?: components["schemas"]["SelectedAnswer"][];
            sessionId?: string;
        };
        ConnectionCreateRequest: {
            integrationId: string;
            name?: string;
            redirectUrl: string;
        };
        ConnectionCreateResponse: {
            authenticationProperties?: components["schemas"]["AuthenticationProperties"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            integration?: components["schemas"]["KnowledgeIntegrationReference"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            status?: string;
            type?: string;
        };
        ConnectionListing: {
            entities?: components["schemas"]["ConnectionResponse"][];
        };
        ConnectionOption: {
            id?: string;
            name?: string;
        };
        ConnectionOptionListing: {
            entities?: components["schemas"]["ConnectionOption"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ConnectionResponse: {
            authenticationProperties?: components["schemas"]["AuthenticationProperties"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateExpiry?: string;
            dateModified?: string;
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            integration?: components["schemas"]["KnowledgeIntegrationReference"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            status?: string;
            type?: string;
        };
        ConnectionUpdateRequest: {
            code: string;
            error?: string;
            errorDescription?: string;
        };
        CreateUploadSourceUrlJobRequest: {
            uploadUrl: string;
        };
        CreateUploadSourceUrlJobResponse: {
            id?: string;
            selfUri?: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DocumentBody: {
            blocks: components["schemas"]["DocumentBodyBlock"][];
        };
        DocumentBodyBlock: {
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyList"];
            paragraph?: components["schemas"]["DocumentBodyParagraph"];
            table?: components["schemas"]["DocumentBodyTable"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentBodyBlockWithHighlight: {
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyListWithHighlight"];
            paragraph?: components["schemas"]["DocumentBodyParagraphWithHighlight"];
            table?: components["schemas"]["DocumentBodyTableWithHighlight"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentBodyImage: {
            hyperlink?: string;
            properties?: components["schemas"]["DocumentBodyImageProperties"];
            url: string;
        };
        DocumentBodyImageProperties: {
            align?: string;
            altText?: string;
            backgroundColor?: string;
            indentation?: number;
            width?: number;
            widthWithUnit?: components["schemas"]["DocumentElementLength"];
        };
        DocumentBodyList: {
            blocks: components["schemas"]["DocumentBodyListBlock"][];
            properties?: components["schemas"]["DocumentBodyListBlockProperties"];
        };
        DocumentBodyListBlock: {
            blocks: components["schemas"]["DocumentListContentBlock"][];
            properties?: components["schemas"]["DocumentBodyListItemProperties"];
            type: string;
        };
        DocumentBodyListBlockProperties: {
            orderedType?: string;
            unorderedType?: string;
        };
        DocumentBodyListBlockWithHighlight: {
            blocks: components["schemas"]["DocumentListContentBlockWithHighlight"][];
            properties?: components["schemas"]["DocumentBodyListItemProperties"];
            type: string;
        };
        DocumentBodyListItemProperties: {
            align?: string;
            backgroundColor?: string;
            fontSize?: string;
            fontType?: string;
            indentation?: number;
            orderedType?: string;
            textColor?: string;
            unorderedType?: string;
        };
        DocumentBodyListWithHighlight: {
            blocks: components["schemas"]["DocumentBodyListBlockWithHighlight"][];
            properties?: components["schemas"]["DocumentBodyListBlockProperties"];
        };
        DocumentBodyParagraph: {
            blocks: components["schemas"]["DocumentContentBlock"][];
            properties?: components["schemas"]["DocumentBodyParagraphProperties"];
        };
        DocumentBodyParagraphProperties: {
            align?: string;
            backgroundColor?: string;
            fontSize?: string;
            fontType?: string;
            indentation?: number;
            textColor?: string;
        };
        DocumentBodyParagraphWithHighlight: {
            blocks: components["schemas"]["DocumentContentBlockWithHighlight"][];
            properties?: components["schemas"]["DocumentBodyParagraphProperties"];
        };
        DocumentBodyTable: {
            properties?: components["schemas"]["DocumentBodyTableProperties"];
            rows: components["schemas"]["DocumentBodyTableRowBlock"][];
        };
        DocumentBodyTableCaptionBlock: {
            blocks: components["schemas"]["DocumentBodyTableCaptionItem"][];
        };
        DocumentBodyTableCaptionItem: {
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyList"];
            paragraph?: components["schemas"]["DocumentBodyParagraph"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentBodyTableCellBlock: {
            blocks: components["schemas"]["DocumentTableContentBlock"][];
            properties?: components["schemas"]["DocumentBodyTableCellBlockProperties"];
        };
        DocumentBodyTableCellBlockProperties: {
            backgroundColor?: string;
            borderColor?: string;
            borderStyle?: string;
            borderWidth?: number;
            cellType?: string;
            colSpan?: number;
            height?: number;
            horizontalAlign?: string;
            rowSpan?: number;
            scope?: string;
            verticalAlign?: string;
            width?: number;
            widthWithUnit?: components["schemas"]["DocumentElementLength"];
        };
        DocumentBodyTableCellBlockWithHighlight: {
            blocks: components["schemas"]["DocumentTableContentBlockWithHighlight"][];
            properties?: components["schemas"]["DocumentBodyTableCellBlockProperties"];
        };
        DocumentBodyTableProperties: {
            alignment?: string;
            backgroundColor?: string;
            borderColor?: string;
            borderStyle?: string;
            borderWidth?: number;
            caption?: components["schemas"]["DocumentBodyTableCaptionBlock"];
            cellPadding?: number;
            cellSpacing?: number;
            height?: number;
            width?: number;
            widthWithUnit?: components["schemas"]["DocumentElementLength"];
        };
        DocumentBodyTableRowBlock: {
            cells: components["schemas"]["DocumentBodyTableCellBlock"][];
            properties?: components["schemas"]["DocumentBodyTableRowBlockProperties"];
        };
        DocumentBodyTableRowBlockProperties: {
            alignment?: string;
            backgroundColor?: string;
            borderColor?: string;
            borderStyle?: string;
            height?: number;
            rowType?: string;
        };
        DocumentBodyTableRowBlockWithHighlight: {
            cells: components["schemas"]["DocumentBodyTableCellBlockWithHighlight"][];
            properties?: components["schemas"]["DocumentBodyTableRowBlockProperties"];
        };
        DocumentBodyTableWithHighlight: {
            properties?: components["schemas"]["DocumentBodyTableProperties"];
            rows: components["schemas"]["DocumentBodyTableRowBlockWithHighlight"][];
        };
        DocumentBodyVideo: {
            properties?: components["schemas"]["DocumentBodyVideoProperties"];
            url: string;
        };
        DocumentBodyVideoProperties: {
            align?: string;
            backgroundColor?: string;
            height?: components["schemas"]["DocumentElementLength"];
            indentation?: number;
            width?: components["schemas"]["DocumentElementLength"];
        };
        DocumentBodyWithHighlight: {
            blocks: components["schemas"]["DocumentBodyBlockWithHighlight"][];
        };
        DocumentChunkBlock: {
            confidence?: number;
            document?: components["schemas"]["DocumentChunkReference"];
            id: string;
            text: string;
        };
        DocumentChunkReference: {
            id: string;
            selfUri?: string;
            title?: string;
        };
        DocumentContentBlock: {
            image?: components["schemas"]["DocumentBodyImage"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentContentBlockWithHighlight: {
            answerHighlight?: components["schemas"]["DocumentContentHighlightIndex"];
            image?: components["schemas"]["DocumentBodyImage"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentContentHighlightIndex: {
            endIndex?: number;
            startIndex?: number;
        };
        DocumentElementLength: {
            unit: string;
            value: number;
        };
        DocumentListContentBlock: {
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyList"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentListContentBlockWithHighlight: {
            answerHighlight?: components["schemas"]["DocumentContentHighlightIndex"];
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyListWithHighlight"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentQuery: {
            clauses: components["schemas"]["DocumentQueryClause"][];
            operator: string;
        };
        DocumentQueryClause: {
            operator: string;
            predicates: components["schemas"]["DocumentQueryPredicate"][];
        };
        DocumentQueryInterval: {
            field?: string;
            value?: string;
        };
        DocumentQueryPredicate: {
            fields: string[];
            type: string;
            values: string[];
        };
        DocumentTableContentBlock: {
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyList"];
            paragraph?: components["schemas"]["DocumentBodyParagraph"];
            table?: components["schemas"]["DocumentBodyTable"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentTableContentBlockWithHighlight: {
            answerHighlight?: components["schemas"]["DocumentContentHighlightIndex"];
            image?: components["schemas"]["DocumentBodyImage"];
            list?: components["schemas"]["DocumentBodyListWithHighlight"];
            paragraph?: components["schemas"]["DocumentBodyParagraphWithHighlight"];
            table?: components["schemas"]["DocumentBodyTableWithHighlight"];
            text?: components["schemas"]["DocumentText"];
            type: string;
            video?: components["schemas"]["DocumentBodyVideo"];
        };
        DocumentText: {
            hyperlink?: string;
            marks?: string[];
            properties?: components["schemas"]["DocumentTextProperties"];
            text: string;
        };
        DocumentTextProperties: {
            backgroundColor?: string;
            fontSize?: string;
            textColor?: string;
        };
        DocumentVariationAnswer: {
            body?: components["schemas"]["DocumentBodyWithHighlight"];
            contexts: components["schemas"]["DocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["KnowledgeDocumentReference"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            priority?: number;
            selfUri?: string;
        };
        DocumentVariationContext: {
            context: components["schemas"]["KnowledgeContextReference"];
            values: components["schemas"]["KnowledgeContextValueReference"][];
        };
        DocumentVariationQueryChunkBlock: {
            id: string;
            text: string;
        };
        DocumentVariationRequest: {
            body?: components["schemas"]["DocumentBody"];
            contexts: components["schemas"]["DocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["KnowledgeDocumentReference"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            priority?: number;
            selfUri?: string;
        };
        DocumentVariationResponse: {
            body?: components["schemas"]["DocumentBody"];
            contexts: components["schemas"]["DocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["KnowledgeDocumentReference"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            priority?: number;
            selfUri?: string;
        };
        DocumentVariationResponseListing: {
            entities?: components["schemas"]["DocumentVariationResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        DocumentVariationSearchChunkBlock: {
            confidence?: number;
            id: string;
            text: string;
        };
        Entity: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
        };
        EntityReference: {
            id: string;
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
        FabricTag: {
            name?: string;
        };
        GetUploadSourceUrlJobStatusResponse: {
            errorInformation?: components["schemas"]["ErrorBody"];
            id?: string;
            selfUri?: string;
            status?: string;
            uploadKey?: string;
        };
        GuestCategoryReference: {
            id?: string;
            selfUri?: string;
        };
        GuestCategoryResponseListing: {
            entities?: components["schemas"]["GuestResponseCategory"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
            sessionId?: string;
        };
        GuestResponseCategory: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            externalId?: string;
            id?: string;
            name?: string;
            parentCategory?: components["schemas"]["GuestCategoryReference"];
            selfUri?: string;
        };
        ImportStatusRequest: {
            status: string;
        };
        KnowledgeAnswerDocumentResponse: {
            answer?: string;
            id?: string;
            title?: string;
            variation?: components["schemas"]["DocumentVariationAnswer"];
        };
        KnowledgeAnswerDocumentsResponse: {
            answerGeneration?: components["schemas"]["KnowledgeAnswerGenerationResponse"];
            results?: components["schemas"]["KnowledgeAnswerDocumentResponse"][];
        };
        KnowledgeAnswerGenerationResponse: {
            answer?: string;
            documents?: components["schemas"]["AnswerGenerationDocument"][];
        };
        KnowledgeBase: {
            articleCount?: number;
            contentSearchEnabled?: boolean;
            coreLanguage: string;
            dateCreated?: string;
            dateDocumentLastModified?: string;
            dateModified?: string;
            description?: string;
            faqCount?: number;
            id?: string;
            name?: string;
            published?: boolean;
            selfUri?: string;
        };
        KnowledgeBaseCreateRequest: {
            contentSearchEnabled?: boolean;
            coreLanguage: string;
            description?: string;
            name: string;
        };
        KnowledgeBaseListing: {
            entities?: components["schemas"]["KnowledgeBase"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeBaseReference: {
            contentSearchEnabled?: boolean;
            id: string;
            languageCode?: string;
            selfUri?: string;
        };
        KnowledgeBaseUpdateRequest: {
            description?: string;
            name?: string;
        };
        KnowledgeContextReference: {
            id: string;
            selfUri?: string;
        };
        KnowledgeContextValueReference: {
            id: string;
            selfUri?: string;
        };
        KnowledgeConversationContext: {
            conversationId: string;
            externalContactId?: string;
            mediaType?: string;
            messageType?: string;
            queueId?: string;
        };
        KnowledgeConversationContextResponse: {
            conversation: components["schemas"]["AddressableEntityRef"];
            externalContact?: components["schemas"]["AddressableEntityRef"];
            mediaType?: string;
            queue?: components["schemas"]["AddressableEntityRef"];
        };
        KnowledgeConversationTurn: {
            participant?: string;
            text?: string;
        };
        KnowledgeDocumentAlternative: {
            autocomplete: boolean;
            phrase: string;
        };
        KnowledgeDocumentBulkRemoveRequest: {
            entities: components["schemas"]["WritableEntity"][];
        };
        KnowledgeDocumentBulkUpdateEntity: {
            categoryId?: string;
            id?: string;
            labelIds?: string[];
        };
        KnowledgeDocumentBulkUpdateRequest: {
            entities: components["schemas"]["KnowledgeDocumentBulkUpdateEntity"][];
        };
        KnowledgeDocumentBulkVersionAddEntity: {
            id?: string;
            restoreFromVersionId?: string;
            restorePrevious?: boolean;
        };
        KnowledgeDocumentBulkVersionAddRequest: {
            entities: components["schemas"]["KnowledgeDocumentBulkVersionAddEntity"][];
        };
        KnowledgeDocumentChunkRequest: {
            application?: components["schemas"]["KnowledgeSearchClientApplication"];
            confidenceThreshold?: number;
            conversationContext?: components["schemas"]["KnowledgeConversationContext"];
            filter?: components["schemas"]["DocumentQuery"];
            includeDraftDocuments?: boolean;
            pageNumber?: number;
            pageSize?: number;
            preprocessQuery?: boolean;
            query: string;
            queryType?: string;
        };
        KnowledgeDocumentChunkResponse: {
            application?: components["schemas"]["KnowledgeSearchClientApplication"];
            confidenceThreshold?: number;
            conversationContext?: components["schemas"]["KnowledgeConversationContextResponse"];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            preprocessQuery?: boolean;
            query?: string;
            queryType?: string;
            results?: components["schemas"]["DocumentChunkBlock"][];
            searchId?: string;
            total?: number;
        };
        KnowledgeDocumentCopy: {
            application: components["schemas"]["KnowledgeSearchClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeConversationContext"];
            documentVariationId: string;
            documentVersionId: string;
            queryType?: string;
            searchId?: string;
            sessionId?: string;
            surfacingMethod?: string;
        };
        KnowledgeDocumentFeedback: {
            application: components["schemas"]["KnowledgeSearchClientApplication"];
            comment?: string;
            conversationContext?: components["schemas"]["KnowledgeConversationContext"];
            dateCreated?: string;
            document: components["schemas"]["KnowledgeDocumentVersionReference"];
            documentVariation: components["schemas"]["EntityReference"];
            id?: string;
            queryType?: string;
            rating: string;
            reason?: string;
            search?: components["schemas"]["EntityReference"];
            selfUri?: string;
            sessionId?: string;
            state?: string;
            surfacingMethod?: string;
            userId?: string;
        };
        KnowledgeDocumentFeedbackResponse: {
            application?: components["schemas"]["KnowledgeSearchClientApplication"];
            comment?: string;
            conversationContext?: components["schemas"]["KnowledgeConversationContextResponse"];
            dateCreated?: string;
            document?: components["schemas"]["KnowledgeDocumentVersionReference"];
            documentVariation: components["schemas"]["EntityReference"];
            id?: string;
            queryType?: string;
            rating: string;
            reason?: string;
            search?: components["schemas"]["EntityReference"];
            selfUri?: string;
            sessionId?: string;
            state?: string;
            surfacingMethod?: string;
            user?: components["schemas"]["AddressableEntityRef"];
        };
        KnowledgeDocumentFeedbackResponseListing: {
            entities?: components["schemas"]["KnowledgeDocumentFeedbackResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeDocumentFeedbackUpdateRequest: {
            comment?: string;
            rating: string;
            reason?: string;
            state?: string;
        };
        KnowledgeDocumentGuestSearch: {
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            query: string;
            queryType?: string;
            results?: components["schemas"]["KnowledgeDocumentGuestSearchResult"][];
            searchId?: string;
            sessionId?: string;
            total?: number;
        };
        KnowledgeDocumentGuestSearchRequest: {
            answerHighlightTopResults?: number;
            includeDraftDocuments?: boolean;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            query: string;
            queryType?: string;
            searchId?: string;
            sessionId?: string;
            total?: number;
        };
        KnowledgeDocumentGuestSearchResult: {
            confidence?: number;
            document?: components["schemas"]["KnowledgeGuestSearchDocumentResponse"];
        };
        KnowledgeDocumentPresentation: {
            application: components["schemas"]["KnowledgeSearchClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeConversationContext"];
            documents: components["schemas"]["PresentedKnowledgeDocument"][];
            queryType?: string;
            searchId?: string;
            sessionId?: string;
            surfacingMethod?: string;
        };
        KnowledgeDocumentQuery: {
            filter: components["schemas"]["DocumentQuery"];
            includeDraftDocuments?: boolean;
            includeVariations?: string;
            interval?: components["schemas"]["DocumentQueryInterval"];
            pageNumber?: number;
            pageSize?: number;
            sortBy?: string;
            sortOrder?: string;
        };
        KnowledgeDocumentQueryResponse: {
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            results?: components["schemas"]["KnowledgeDocumentQueryResult"][];
            total?: number;
        };
        KnowledgeDocumentQueryResult: {
            alternatives?: components["schemas"]["KnowledgeDocumentAlternative"][];
            category?: components["schemas"]["CategoryResponse"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateImported?: string;
            dateModified?: string;
            datePublished?: string;
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            externalId?: string;
            externalUrl?: string;
            id?: string;
            knowledgeBase?: components["schemas"]["KnowledgeBaseReference"];
            labels?: components["schemas"]["LabelResponse"][];
            lastPublishedVersionNumber?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            readonly?: boolean;
            selfUri?: string;
            source?: components["schemas"]["AddressableEntityRef"];
            state?: string;
            title?: string;
            variations?: components["schemas"]["KnowledgeDocumentQueryVariation"][];
            visible?: boolean;
        };
        KnowledgeDocumentQueryVariation: {
            body?: components["schemas"]["DocumentBody"];
            chunks?: components["schemas"]["DocumentVariationQueryChunkBlock"][];
            contexts: components["schemas"]["DocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["KnowledgeDocumentReference"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            priority?: number;
            selfUri?: string;
        };
        KnowledgeDocumentReference: {
            id: string;
            knowledgeBase: components["schemas"]["KnowledgeBaseReference"];
            selfUri?: string;
        };
        KnowledgeDocumentReq: {
            alternatives?: components["schemas"]["KnowledgeDocumentAlternative"][];
            categoryId?: string;
            externalId?: string;
            externalUrl?: string;
            id?: string;
            labelIds?: string[];
            selfUri?: string;
            title: string;
            visible?: boolean;
        };
        KnowledgeDocumentResponse: {
            alternatives?: components["schemas"]["KnowledgeDocumentAlternative"][];
            category?: components["schemas"]["CategoryResponse"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateImported?: string;
            dateModified?: string;
            datePublished?: string;
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            externalId?: string;
            externalUrl?: string;
            id?: string;
            knowledgeBase?: components["schemas"]["KnowledgeBaseReference"];
            labels?: components["schemas"]["LabelResponse"][];
            lastPublishedVersionNumber?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            readonly?: boolean;
            selfUri?: string;
            source?: components["schemas"]["AddressableEntityRef"];
            state?: string;
            title?: string;
            variations?: components["schemas"]["DocumentVariationResponse"][];
            visible?: boolean;
        };
        KnowledgeDocumentResponseListing: {
            entities?: components["schemas"]["KnowledgeDocumentResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeDocumentsAnswerFilter: {
            answerMode?: string[];
            appType?: string;
            insertHighlightIntoVariationContent?: boolean;
            language?: string;
            query?: string;
            queryType?: string;
            searchId?: string;
            variationIds: string[];
        };
        KnowledgeDocumentSearch: {
            answerGeneration?: components["schemas"]["KnowledgeAnswerGenerationResponse"];
            application?: components["schemas"]["KnowledgeSearchClientApplication"];
            confidenceThreshold?: number;
            conversationContext?: components["schemas"]["KnowledgeConversationContextResponse"];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            preprocessQuery?: boolean;
            query: string;
            queryType?: string;
            results?: components["schemas"]["KnowledgeDocumentSearchResult"][];
            searchId?: string;
            total?: number;
        };
        KnowledgeDocumentSearchRequest: {
            answerHighlightTopResults?: number;
            answerMode?: string[];
            application?: components["schemas"]["KnowledgeSearchClientApplication"];
            confidenceThreshold?: number;
            conversationContext?: components["schemas"]["KnowledgeConversationContext"];
            filter?: components["schemas"]["DocumentQuery"];
            includeDraftDocuments?: boolean;
            interval?: components["schemas"]["DocumentQueryInterval"];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            preprocessQuery?: boolean;
            query: string;
            queryType?: string;
            searchId?: string;
            sortBy?: string;
            sortOrder?: string;
            total?: number;
        };
        KnowledgeDocumentSearchResult: {
            confidence?: number;
            document?: components["schemas"]["KnowledgeSearchDocumentResponse"];
        };
        KnowledgeDocumentSearchVariation: {
            body?: components["schemas"]["DocumentBodyWithHighlight"];
            chunks?: components["schemas"]["DocumentVariationSearchChunkBlock"][];
            contexts: components["schemas"]["DocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["KnowledgeDocumentReference"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            priority?: number;
            selfUri?: string;
        };
        KnowledgeDocumentSuggestion: {
            pageSize?: number;
            query: string;
            results?: components["schemas"]["KnowledgeDocumentSuggestionResult"][];
        };
        KnowledgeDocumentSuggestionRequest: {
            filter?: components["schemas"]["DocumentQuery"];
            includeDraftDocuments?: boolean;
            interval?: components["schemas"]["DocumentQueryInterval"];
            pageSize?: number;
            query: string;
        };
        KnowledgeDocumentSuggestionResult: {
            document?: components["schemas"]["KnowledgeDocumentSuggestionResultDocument"];
            matchedPhrase?: string;
        };
        KnowledgeDocumentSuggestionResultDocument: {
            id: string;
            knowledgeBase: components["schemas"]["KnowledgeBaseReference"];
            selfUri?: string;
            title: string;
        };
        KnowledgeDocumentVersion: {
            dateExpires?: string;
            datePublished?: string;
            document?: components["schemas"]["KnowledgeDocumentResponse"];
            id?: string;
            restoreFromVersionId: string;
            selfUri?: string;
            versionNumber?: number;
        };
        KnowledgeDocumentVersionListing: {
            entities?: components["schemas"]["KnowledgeDocumentVersion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeDocumentVersionReference: {
            id?: string;
            knowledgeBase: components["schemas"]["KnowledgeBaseReference"];
            selfUri?: string;
            versionId: string;
        };
        KnowledgeDocumentVersionVariation: {
            body?: components["schemas"]["DocumentBody"];
            contexts: components["schemas"]["DocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            priority?: number;
            selfUri?: string;
        };
        KnowledgeDocumentVersionVariationListing: {
            entities?: components["schemas"]["KnowledgeDocumentVersionVariation"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeDocumentView: {
            application: components["schemas"]["KnowledgeSearchClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeConversationContext"];
            documentVariationId: string;
            documentVersionId: string;
            queryType?: string;
            searchId?: string;
            sessionId?: string;
            surfacingMethod?: string;
        };
        KnowledgeExportJobDocumentsFilter: {
            entities?: components["schemas"]["Entity"][];
            interval?: string;
            sourceId?: string;
        };
        KnowledgeExportJobFilter: {
            documentsFilter?: components["schemas"]["KnowledgeExportJobDocumentsFilter"];
            exclude?: string[];
            versionFilter: string;
        };
        KnowledgeExportJobRequest: {
            exportFilter: components["schemas"]["KnowledgeExportJobFilter"];
            fileType: string;
            jsonFileVersion?: number;
            sourceId?: string;
        };
        KnowledgeExportJobResponse: {
            countDocumentProcessed?: number;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            downloadURL?: string;
            errorInformation?: components["schemas"]["ErrorBody"];
            exportFilter?: components["schemas"]["KnowledgeExportJobFilter"];
            fileType: string;
            id?: string;
            jsonFileVersion?: number;
            knowledgeBase?: components["schemas"]["KnowledgeBase"];
            selfUri?: string;
            source?: components["schemas"]["KnowledgeOperationSource"];
            status?: string;
        };
        KnowledgeGenerationSetting: {
            answerGeneration: boolean;
            generationLanguage?: string;
        };
        KnowledgeGroupStatistics: {
            totalPhraseHitCount?: number;
            unlinkedPhraseCount?: number;
            unlinkedPhraseHitCount?: number;
        };
        KnowledgeGuestAnswerDocumentResponse: {
            answer?: string;
            id?: string;
            title?: string;
            variation?: components["schemas"]["KnowledgeGuestDocumentVariationAnswer"];
        };
        KnowledgeGuestAnswerDocumentsResponse: {
            results?: components["schemas"]["KnowledgeGuestAnswerDocumentResponse"][];
        };
        KnowledgeGuestDocumentCopy: {
            application?: components["schemas"]["KnowledgeGuestSearchClientApplication"];
            documentVariationId: string;
            documentVersionId: string;
            queryType?: string;
            searchId?: string;
            sessionId?: string;
            surfacingMethod?: string;
        };
        KnowledgeGuestDocumentFeedback: {
            application?: components["schemas"]["KnowledgeGuestSearchClientApplication"];
            comment?: string;
            dateCreated?: string;
            document: components["schemas"]["KnowledgeGuestDocumentVersionReference"];
            documentVariation: components["schemas"]["EntityReference"];
            id?: string;
            queryType?: string;
            rating: string;
            reason?: string;
            search?: components["schemas"]["EntityReference"];
            sessionId?: string;
            state?: string;
            surfacingMethod?: string;
        };
        KnowledgeGuestDocumentPresentation: {
            application?: components["schemas"]["KnowledgeGuestSearchClientApplication"];
            documents: components["schemas"]["PresentedKnowledgeDocument"][];
            queryType?: string;
            searchId?: string;
            sessionId?: string;
            surfacingMethod?: string;
        };
        KnowledgeGuestDocumentResponse: {
            alternatives?: components["schemas"]["KnowledgeDocumentAlternative"][];
            category?: components["schemas"]["GuestCategoryReference"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateImported?: string;
            dateModified?: string;
            datePublished?: string;
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            lastPublishedVersionNumber?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            selfUri?: string;
            sessionId?: string;
            state?: string;
            title?: string;
            variations?: components["schemas"]["KnowledgeGuestDocumentVariation"][];
            visible?: boolean;
        };
        KnowledgeGuestDocumentResponseListing: {
            entities?: components["schemas"]["KnowledgeGuestDocumentResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeGuestDocumentSuggestion: {
            pageSize?: number;
            query: string;
            results?: components["schemas"]["KnowledgeGuestDocumentSuggestionResult"][];
            sessionId?: string;
        };
        KnowledgeGuestDocumentSuggestionRequest: {
            includeDraftDocuments?: boolean;
            pageSize?: number;
            query: string;
        };
        KnowledgeGuestDocumentSuggestionResult: {
            matchedPhrase?: string;
        };
        KnowledgeGuestDocumentVariation: {
            body?: components["schemas"]["DocumentBody"];
            contexts: components["schemas"]["KnowledgeGuestDocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["AddressableEntityRef"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            selfUri?: string;
        };
        KnowledgeGuestDocumentVariationAnswer: {
            body?: components["schemas"]["DocumentBodyWithHighlight"];
            contexts: components["schemas"]["KnowledgeGuestDocumentVariationContext"][];
            dateCreated?: string;
            dateModified?: string;
            document?: components["schemas"]["AddressableEntityRef"];
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            selfUri?: string;
        };
        KnowledgeGuestDocumentVariationContext: {
            context: components["schemas"]["AddressableEntityRef"];
            values: components["schemas"]["AddressableEntityRef"][];
        };
        KnowledgeGuestDocumentVersionReference: {
            id?: string;
            versionId: string;
        };
        KnowledgeGuestDocumentView: {
            documentVariationId: string;
            documentVersionId: string;
            queryType?: string;
            searchId?: string;
            surfacingMethod?: string;
        };
        KnowledgeGuestSearchClientApplication: {
            assistant?: components["schemas"]["EntityReference"];
            botFlow?: components["schemas"]["EntityReference"];
            deployment?: components["schemas"]["EntityReference"];
            type: string;
        };
        KnowledgeGuestSearchDocumentResponse: {
            alternatives?: components["schemas"]["KnowledgeDocumentAlternative"][];
            answer?: string;
            category?: components["schemas"]["GuestCategoryReference"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateImported?: string;
            dateModified?: string;
            datePublished?: string;
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            lastPublishedVersionNumber?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            selfUri?: string;
            sessionId?: string;
            state?: string;
            title?: string;
            variations?: components["schemas"]["KnowledgeGuestDocumentVariationAnswer"][];
            visible?: boolean;
        };
        KnowledgeGuestSession: {
            app: components["schemas"]["KnowledgeGuestSessionApp"];
            contexts?: components["schemas"]["KnowledgeGuestSessionContext"][];
            customerId: string;
            id?: string;
            journeySessionId?: string;
            pageUrl?: string;
        };
        KnowledgeGuestSessionApp: {
            deploymentId: string;
            type: string;
        };
        KnowledgeGuestSessionContext: {
            id: string;
            values: components["schemas"]["Entity"][];
        };
        KnowledgeImportJobError: {
            code?: string;
            contextId?: string;
            details?: components["schemas"]["Detail"][];
            documentIndex?: number;
            entityId?: string;
            entityName?: string;
            errors?: components["schemas"]["ErrorBody"][];
            limit?: components["schemas"]["Limit"];
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            status?: number;
        };
        KnowledgeImportJobReport: {
            errors?: components["schemas"]["KnowledgeImportJobError"][];
            statistics?: components["schemas"]["KnowledgeImportJobStatistics"];
        };
        KnowledgeImportJobRequest: {
            fileType: string;
            settings?: components["schemas"]["KnowledgeImportJobSettings"];
            skipConfirmationStep?: boolean;
            uploadKey: string;
        };
        KnowledgeImportJobResponse: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            downloadURL?: string;
            failedEntitiesURL?: string;
            fileType: string;
            id?: string;
            knowledgeBase?: components["schemas"]["KnowledgeBase"];
            report?: components["schemas"]["KnowledgeImportJobReport"];
            selfUri?: string;
            settings?: components["schemas"]["KnowledgeImportJobSettings"];
            skipConfirmationStep?: boolean;
            status?: string;
            uploadKey: string;
        };
        KnowledgeImportJobSettings: {
            categoryId?: string;
            importAsNew?: boolean;
            labelIds?: string[];
            visible?: boolean;
        };
        KnowledgeImportJobStatistics: {
            countCategoryImportFailure?: number;
            countCategoryImportSuccess?: number;
            countCategoryValidationFailure?: number;
            countCategoryValidationSuccess?: number;
            countDocumentImportActivityCreate?: number;
            countDocumentImportActivityUpdate?: number;
            countDocumentImportFailure?: number;
            countDocumentImportSuccess?: number;
            countDocumentStateDraft?: number;
            countDocumentStatePublished?: number;
            countDocumentValidationFailure?: number;
            countDocumentValidationSuccess?: number;
            countLabelImportFailure?: number;
            countLabelImportSuccess?: number;
            countLabelValidationFailure?: number;
            countLabelValidationSuccess?: number;
            migrationDetected?: boolean;
        };
        KnowledgeIntegrationFilter: {
            action?: string;
            name?: string;
            type?: string;
            values?: components["schemas"]["KnowledgeIntegrationFilterValue"][];
        };
        KnowledgeIntegrationFilterValue: {
            key?: string;
            value?: string;
        };
        KnowledgeIntegrationOptionsResponse: {
            filters?: components["schemas"]["KnowledgeIntegrationFilter"][];
        };
        KnowledgeIntegrationReference: {
            id: string;
            selfUri?: string;
        };
        KnowledgeOperationSource: {
            id?: string;
            selfUri?: string;
            type?: string;
        };
        KnowledgeParseImportResult: {
            errors?: components["schemas"]["ErrorBody"][];
            failure: number;
            success: number;
        };
        KnowledgeParseJobRequest: {
            hints?: string[];
            uploadKey: string;
        };
        KnowledgeParseJobRequestImport: {
            edits?: components["schemas"]["KnowledgeParseRecord"][];
            excludes?: string[];
        };
        KnowledgeParseJobRequestPatch: {
            hints?: string[];
        };
        KnowledgeParseJobResponse: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            downloadURL?: string;
            hints?: string[];
            id?: string;
            importResult?: components["schemas"]["KnowledgeParseImportResult"];
            parseResults?: components["schemas"]["KnowledgeParseRecord"][];
            selfUri?: string;
            status?: string;
        };
        KnowledgeParseRecord: {
            body?: components["schemas"]["DocumentBody"];
            id?: string;
            title?: string;
        };
        KnowledgeRetrievedReference: {
            confidence?: number;
            fileName?: string;
            text?: string;
            url?: string;
            usedForGeneration?: boolean;
        };
        KnowledgeSearchClientApplication: {
            assistant?: components["schemas"]["AddressableEntityRef"];
            botFlow?: components["schemas"]["AddressableEntityRef"];
            deployment?: components["schemas"]["AddressableEntityRef"];
            type: string;
        };
        KnowledgeSearchDocumentResponse: {
            alternatives?: components["schemas"]["KnowledgeDocumentAlternative"][];
            answer?: string;
            category?: components["schemas"]["CategoryResponse"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateImported?: string;
            dateModified?: string;
            datePublished?: string;
            documentVersion?: components["schemas"]["AddressableEntityRef"];
            externalId?: string;
            externalUrl?: string;
            id?: string;
            knowledgeBase?: components["schemas"]["KnowledgeBaseReference"];
            labels?: components["schemas"]["LabelResponse"][];
            lastPublishedVersionNumber?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            readonly?: boolean;
            selfUri?: string;
            source?: components["schemas"]["AddressableEntityRef"];
            state?: string;
            title?: string;
            variations?: components["schemas"]["KnowledgeDocumentSearchVariation"][];
            visible?: boolean;
        };
        KnowledgeSearchPreviewRequest: {
            application?: components["schemas"]["V3KnowledgeSearchPreviewClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeV3PreviewConversationContext"];
            conversationTurns?: components["schemas"]["KnowledgeConversationTurn"][];
            filter?: components["schemas"]["V3SourceTagFilter"];
            generationSetting: components["schemas"]["KnowledgeGenerationSetting"];
            query: string;
            sources: components["schemas"]["V3SourceRef"][];
            stateful?: boolean;
        };
        KnowledgeSearchPreviewResponse: {
            application?: components["schemas"]["V3KnowledgeSearchPreviewClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeV3PreviewConversationContext"];
            query?: string;
            result?: components["schemas"]["KnowledgeSearchResult"];
            searchId?: string;
            sessionId?: string;
        };
        KnowledgeSearchResult: {
            generatedAnswer?: string;
            retrievedReferences?: components["schemas"]["KnowledgeRetrievedReference"][];
        };
        KnowledgeSettingListing: {
            entities?: components["schemas"]["KnowledgeSettingsResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        KnowledgeSettingsRequest: {
            description?: string;
            filter?: components["schemas"]["V3SourceTagFilter"];
            generationSetting?: components["schemas"]["KnowledgeGenerationSetting"];
            name: string;
            sources: components["schemas"]["V3SourceRef"][];
            stateful?: boolean;
        };
        KnowledgeSettingsResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            filter?: components["schemas"]["V3SourceTagFilter"];
            generationSetting?: components["schemas"]["KnowledgeGenerationSetting"];
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            sources?: components["schemas"]["V3SourceRef"][];
            stateful?: boolean;
        };
        KnowledgeSourcesSearchRequest: {
            application?: components["schemas"]["V3KnowledgeSearchClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeV3ConversationContext"];
            conversationTurns?: components["schemas"]["KnowledgeConversationTurn"][];
            generationLanguage?: string;
            knowledgeSettingId: string;
            query: string;
            queryType?: string;
            sessionId?: string;
        };
        KnowledgeSourcesSearchResponse: {
            answerGeneration?: boolean;
            application?: components["schemas"]["V3KnowledgeSearchClientApplication"];
            conversationContext?: components["schemas"]["KnowledgeV3ConversationContextResponse"];
            generationLanguage?: string;
            knowledgeSettingId?: string;
            query?: string;
            queryType?: string;
            result?: components["schemas"]["KnowledgeSearchResult"];
            searchId?: string;
            sessionId?: string;
        };
        KnowledgeSyncJobReport: {
            errors?: components["schemas"]["ErrorBody"][];
            statistics?: components["schemas"]["KnowledgeSyncJobStatistics"];
        };
        KnowledgeSyncJobRequest: {
            sourceId?: string;
            uploadKey: string;
        };
        KnowledgeSyncJobResponse: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            downloadURL?: string;
            failedEntitiesURL?: string;
            id?: string;
            knowledgeBase?: components["schemas"]["KnowledgeBaseReference"];
            report?: components["schemas"]["KnowledgeSyncJobReport"];
            selfUri?: string;
            source?: components["schemas"]["KnowledgeOperationSource"];
            status?: string;
            uploadKey?: string;
        };
        KnowledgeSyncJobStatistics: {
            countCategoryDeleteFailure?: number;
            countCategoryDeleteSuccess?: number;
            countCategoryImportFailure?: number;
            countCategoryImportSuccess?: number;
            countDocumentDeleteFailure?: number;
            countDocumentDeleteSuccess?: number;
            countDocumentImportActivityCreate?: number;
            countDocumentImportActivityUpdate?: number;
            countDocumentImportFailure?: number;
            countDocumentImportSuccess?: number;
            countDocumentStateDraft?: number;
            countDocumentStatePublished?: number;
            countLabelDeleteFailure?: number;
            countLabelDeleteSuccess?: number;
            countLabelImportFailure?: number;
            countLabelImportSuccess?: number;
        };
        KnowledgeV3ConversationContext: {
            conversationId: string;
            externalContactId?: string;
            mediaType?: string;
            messageType?: string;
            queueId?: string;
        };
        KnowledgeV3ConversationContextResponse: {
            conversation: components["schemas"]["AddressableEntityRef"];
            externalContact?: components["schemas"]["AddressableEntityRef"];
            mediaType?: string;
            queue?: components["schemas"]["AddressableEntityRef"];
        };
        KnowledgeV3PreviewConversationContext: {
            mediaType: string;
        };
        LabelCreateRequest: {
            color: string;
            externalId?: string;
            id?: string;
            name: string;
            selfUri?: string;
        };
        LabelListing: {
            entities?: components["schemas"]["LabelResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        LabelResponse: {
            color?: string;
            dateCreated?: string;
            dateModified?: string;
            documentCount?: number;
            externalId?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        LabelUpdateRequest: {
            color?: string;
            externalId?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        OperationCreatorUserResponse: {
            id?: string;
            selfUri?: string;
            type?: string;
        };
        OperationListing: {
            entities?: components["schemas"]["OperationResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        OperationResponse: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            selfUri?: string;
            source?: components["schemas"]["KnowledgeOperationSource"];
            status?: string;
            type?: string;
        };
        PhraseAssociations: {
            documentId: string;
            phraseId: string;
        };
        PresentedKnowledgeDocument: {
            documentId: string;
            documentVariationId: string;
            documentVersionId: string;
            surfacingMethod?: string;
        };
        SalesforceSettings: {
            baseUrl?: string;
            categories?: string[];
            channel?: string;
            language?: string;
        };
        SalesforceSourceRequest: {
            id?: string;
            integrationId?: string;
            name: string;
            schedulePeriod?: number;
            selfUri?: string;
            settings?: components["schemas"]["SalesforceSettings"];
        };
        SalesforceSourceResponse: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            integration?: components["schemas"]["KnowledgeIntegrationReference"];
            lastSync?: components["schemas"]["SourceLastSync"];
            name?: string;
            schedulePeriod?: number;
            selfUri?: string;
            settings?: components["schemas"]["SalesforceSettings"];
            type?: string;
        };
        SearchUpdateRequest: {
            answered: boolean;
            selectedAnswer?: components["schemas"]["SelectedAnswer"];
            selectedAnswers?: components["schemas"]["SelectedAnswer"][];
            sessionId?: string;
        };
        SelectedAnswer: {
            document: components["schemas"]["AddressableEntityRef"];
        };
        ServiceNowSettings: {
            baseUrl?: string;
            categories?: string[];
            knowledgeBaseIds?: string[];
            language?: string;
        };
        ServiceNowSourceRequest: {
            id?: string;
            integrationId?: string;
            name: string;
            schedulePeriod?: number;
            selfUri?: string;
            settings?: components["schemas"]["ServiceNowSettings"];
        };
        ServiceNowSourceResponse: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            integration?: components["schemas"]["KnowledgeIntegrationReference"];
            lastSync?: components["schemas"]["SourceLastSync"];
            name?: string;
            schedulePeriod?: number;
            selfUri?: string;
            settings?: components["schemas"]["ServiceNowSettings"];
            type?: string;
        };
        SharepointAuthenticationProperties: {
            authenticationUrl?: string;
            clientId?: string;
            redirectUrl?: string;
            tenantId?: string;
        };
        SourceBaseResponse: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            integration?: components["schemas"]["KnowledgeIntegrationReference"];
            lastSync?: components["schemas"]["SourceLastSync"];
            name?: string;
            schedulePeriod?: number;
            selfUri?: string;
            type?: string;
        };
        SourceLastSync: {
            dateEnded?: string;
            dateStarted?: string;
            error?: components["schemas"]["ErrorBody"];
            state?: string;
        };
        SourceSyncResponse: {
            dateCreated?: string;
            dateModified?: string;
            error?: components["schemas"]["ErrorBody"];
            knowledgeBase?: components["schemas"]["AddressableEntityRef"];
            source?: components["schemas"]["AddressableEntityRef"];
            state?: string;
        };
        SyncStatusRequest: {
            status: string;
        };
        UnansweredGroup: {
            id?: string;
            label?: string;
            phraseGroups?: components["schemas"]["UnansweredPhraseGroup"][];
            selfUri?: string;
            statistics?: components["schemas"]["KnowledgeGroupStatistics"];
            suggestedDocuments?: components["schemas"]["UnansweredGroupSuggestedDocument"][];
        };
        UnansweredGroups: {
            entities?: components["schemas"]["UnansweredGroup"][];
        };
        UnansweredGroupSuggestedDocument: {
            id?: string;
            selfUri?: string;
        };
        UnansweredPhrase: {
            id?: string;
            text?: string;
            unlinkedPhraseHitCount?: number;
        };
        UnansweredPhraseGroup: {
            id?: string;
            label?: string;
            phrases?: components["schemas"]["UnansweredPhrase"][];
            selfUri?: string;
            unlinkedPhraseCount?: number;
            unlinkedPhraseHitCount?: number;
        };
        UnansweredPhraseGroupPatchRequestBody: {
            dateEnd?: string;
            dateStart?: string;
            phraseAssociations: components["schemas"]["PhraseAssociations"][];
        };
        UnansweredPhraseGroupUpdateResponse: {
            group?: components["schemas"]["UnansweredGroup"];
            phraseAssociations?: components["schemas"]["PhraseAssociations"][];
        };
        UploadUrlRequest: {
            contentMd5?: string;
            contentType?: string;
            fileName?: string;
            serverSideEncryption?: string;
            signedUrlTimeoutSeconds?: number;
        };
        UploadUrlResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadKey?: string;
            url?: string;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        V3KnowledgeSearchClientApplication: {
            assistant?: components["schemas"]["AddressableEntityRef"];
            botFlow?: components["schemas"]["AddressableEntityRef"];
            type: string;
        };
        V3KnowledgeSearchPreviewClientApplication: {
            type: string;
        };
        V3SourceCreateRequest: {
            connectionId?: string;
            filters?: components["schemas"]["V3SourceFilter"];
            name: string;
            scheduleSettings?: components["schemas"]["V3SourceScheduleSettings"];
            triggerType?: string;
            type?: string;
        };
        V3SourceDetailedResponse: {
            connectionId?: string;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            filterDetails?: components["schemas"]["V3SourceFilterDetails"];
            filters?: components["schemas"]["V3SourceFilter"];
            id?: string;
            lastSync?: components["schemas"]["V3SourceLastSynchronization"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            scheduleSettings?: components["schemas"]["V3SourceScheduleSettings"];
            selfUri?: string;
            status?: string;
            triggerType?: string;
            type?: string;
        };
        V3SourceExpandableListing: {
            entities?: components["schemas"]["V3SourceExpandableListResponse"][];
        };
        V3SourceExpandableListResponse: {
            connection?: components["schemas"]["ConnectionResponse"];
            connectionId?: string;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            lastSync?: components["schemas"]["V3SourceLastSynchronization"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            selfUri?: string;
            status?: string;
            triggerType?: string;
            type?: string;
        };
        V3SourceExpandableResponse: {
            connection?: components["schemas"]["ConnectionResponse"];
            connectionId?: string;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            error?: components["schemas"]["ErrorBody"];
            filterDetails?: components["schemas"]["V3SourceFilterDetails"];
            filters?: components["schemas"]["V3SourceFilter"];
            id?: string;
            lastSync?: components["schemas"]["V3SourceLastSynchronization"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            scheduleSettings?: components["schemas"]["V3SourceScheduleSettings"];
            selfUri?: string;
            status?: string;
            triggerType?: string;
            type?: string;
        };
        V3SourceFilter: {
            folders: string[];
            site: string;
        };
        V3SourceFilterDetails: {
            folders?: components["schemas"]["V3SourceFolderDetails"][];
            site?: components["schemas"]["V3SourceSiteDetails"];
        };
        V3SourceFolderDetails: {
            fullPath?: string;
            id?: string;
            name?: string;
        };
        V3SourceLastSynchronization: {
            dateEnd?: string;
            dateSourceIntervalEnd?: string;
            dateSourceIntervalStart?: string;
            dateStart?: string;
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            ingestionStatus?: string;
            selfUri?: string;
            statistics?: components["schemas"]["V3SynchronizationStatistics"];
            status?: string;
            triggerType?: string;
        };
        V3SourceRef: {
            id: string;
            selfUri?: string;
        };
        V3SourceScheduleSettings: {
            dateStart: string;
            period: number;
        };
        V3SourceSiteDetails: {
            id?: string;
            name?: string;
        };
        V3SourceTagFilter: {
            allOf?: string[];
            anyOfGroups?: string[][];
            noneOf?: string[];
        };
        V3SourceUpdateRequest: {
            name: string;
            scheduleSettings?: components["schemas"]["V3SourceScheduleSettings"];
            triggerType: string;
        };
        V3StartManualSyncRequest: {
            type?: string;
        };
        V3Synchronization: {
            createdBy?: components["schemas"]["UserReference"];
            dateEnd?: string;
            dateSourceIntervalEnd?: string;
            dateSourceIntervalStart?: string;
            dateStart?: string;
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            ingestionStatus?: string;
            selfUri?: string;
            source?: components["schemas"]["V3SourceRef"];
            statistics?: components["schemas"]["V3SynchronizationStatistics"];
            status?: string;
            triggerType?: string;
            type?: string;
        };
        V3SynchronizationDeletion: {
            fileId?: string;
            fileName?: string;
            selfUri?: string;
            synchronization?: components["schemas"]["V3SynchronizationRef"];
        };
        V3SynchronizationDeletionListing: {
            entities?: components["schemas"]["V3SynchronizationDeletion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        V3SynchronizationFileDeletionRequest: {
            fileId?: string;
            fileName?: string;
        };
        V3SynchronizationListing: {
            entities?: components["schemas"]["V3Synchronization"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        V3SynchronizationRef: {
            id: string;
            selfUri?: string;
            source: components["schemas"]["V3SourceRef"];
        };
        V3SynchronizationStatistics: {
            failedItemCount?: number;
            synchronizedItemCount?: number;
        };
        V3SynchronizationUpdateRequest: {
            status?: string;
        };
        V3SynchronizationUpload: {
            fileId?: string;
            fileName?: string;
            metadata?: components["schemas"]["V3SynchronizationUploadMetadata"];
            selfUri?: string;
            synchronization?: components["schemas"]["V3SynchronizationRef"];
        };
        V3SynchronizationUploadListing: {
            entities?: components["schemas"]["V3SynchronizationUpload"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        V3SynchronizationUploadMetadata: {
            originUri?: string;
            tags?: components["schemas"]["FabricTag"][];
        };
        V3SynchronizationUploadUrlRequest: {
            contentLength?: number;
            contentMd5?: string;
            contentType?: string;
            fileName: string;
            metadata?: components["schemas"]["V3SynchronizationUploadMetadata"];
        };
        V3SynchronizationUploadUrlResponse: {
            fileId?: string;
            fileName?: string;
            headers?: {
                [key: string]: string;
            };
            metadata?: components["schemas"]["V3SynchronizationUploadMetadata"];
            selfUri?: string;
            synchronization?: components["schemas"]["V3SynchronizationRef"];
            url?: string;
        };
        WritableEntity: {
            id?: string;
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
export type SchemaAnswerGenerationDocument = components['schemas']['AnswerGenerationDocument'];
export type SchemaAuthenticationProperties = components['schemas']['AuthenticationProperties'];
export type SchemaBulkError = components['schemas']['BulkError'];
export type SchemaBulkResponse = components['schemas']['BulkResponse'];
export type SchemaBulkResult = components['schemas']['BulkResult'];
export type SchemaCategoryCreateRequest = components['schemas']['CategoryCreateRequest'];
export type SchemaCategoryReference = components['schemas']['CategoryReference'];
export type SchemaCategoryResponse = components['schemas']['CategoryResponse'];
export type SchemaCategoryResponseListing = components['schemas']['CategoryResponseListing'];
export type SchemaCategoryUpdateRequest = components['schemas']['CategoryUpdateRequest'];
export type SchemaChunkSearchRegisterRequest = components['schemas']['ChunkSearchRegisterRequest'];
export type SchemaConnectionCreateRequest = components['schemas']['ConnectionCreateRequest'];
export type SchemaConnectionCreateResponse = components['schemas']['ConnectionCreateResponse'];
export type SchemaConnectionListing = components['schemas']['ConnectionListing'];
export type SchemaConnectionOption = components['schemas']['ConnectionOption'];
export type SchemaConnectionOptionListing = components['schemas']['ConnectionOptionListing'];
export type SchemaConnectionResponse = components['schemas']['ConnectionResponse'];
export type SchemaConnectionUpdateRequest = components['schemas']['ConnectionUpdateRequest'];
export type SchemaCreateUploadSourceUrlJobRequest = components['schemas']['CreateUploadSourceUrlJobRequest'];
export type SchemaCreateUploadSourceUrlJobResponse = components['schemas']['CreateUploadSourceUrlJobResponse'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDocumentBody = components['schemas']['DocumentBody'];
export type SchemaDocumentBodyBlock = components['schemas']['DocumentBodyBlock'];
export type SchemaDocumentBodyBlockWithHighlight = components['schemas']['DocumentBodyBlockWithHighlight'];
export type SchemaDocumentBodyImage = components['schemas']['DocumentBodyImage'];
export type SchemaDocumentBodyImageProperties = components['schemas']['DocumentBodyImageProperties'];
export type SchemaDocumentBodyList = components['schemas']['DocumentBodyList'];
export type SchemaDocumentBodyListBlock = components['schemas']['DocumentBodyListBlock'];
export type SchemaDocumentBodyListBlockProperties = components['schemas']['DocumentBodyListBlockProperties'];
export type SchemaDocumentBodyListBlockWithHighlight = components['schemas']['DocumentBodyListBlockWithHighlight'];
export type SchemaDocumentBodyListItemProperties = components['schemas']['DocumentBodyListItemProperties'];
export type SchemaDocumentBodyListWithHighlight = components['schemas']['DocumentBodyListWithHighlight'];
export type SchemaDocumentBodyParagraph = components['schemas']['DocumentBodyParagraph'];
export type SchemaDocumentBodyParagraphProperties = components['schemas']['DocumentBodyParagraphProperties'];
export type SchemaDocumentBodyParagraphWithHighlight = components['schemas']['DocumentBodyParagraphWithHighlight'];
export type SchemaDocumentBodyTable = components['schemas']['DocumentBodyTable'];
export type SchemaDocumentBodyTableCaptionBlock = components['schemas']['DocumentBodyTableCaptionBlock'];
export type SchemaDocumentBodyTableCaptionItem = components['schemas']['DocumentBodyTableCaptionItem'];
export type SchemaDocumentBodyTableCellBlock = components['schemas']['DocumentBodyTableCellBlock'];
export type SchemaDocumentBodyTableCellBlockProperties = components['schemas']['DocumentBodyTableCellBlockProperties'];
export type SchemaDocumentBodyTableCellBlockWithHighlight = components['schemas']['DocumentBodyTableCellBlockWithHighlight'];
export type SchemaDocumentBodyTableProperties = components['schemas']['DocumentBodyTableProperties'];
export type SchemaDocumentBodyTableRowBlock = components['schemas']['DocumentBodyTableRowBlock'];
export type SchemaDocumentBodyTableRowBlockProperties = components['schemas']['DocumentBodyTableRowBlockProperties'];
export type SchemaDocumentBodyTableRowBlockWithHighlight = components['schemas']['DocumentBodyTableRowBlockWithHighlight'];
export type SchemaDocumentBodyTableWithHighlight = components['schemas']['DocumentBodyTableWithHighlight'];
export type SchemaDocumentBodyVideo = components['schemas']['DocumentBodyVideo'];
export type SchemaDocumentBodyVideoProperties = components['schemas']['DocumentBodyVideoProperties'];
export type SchemaDocumentBodyWithHighlight = components['schemas']['DocumentBodyWithHighlight'];
export type SchemaDocumentChunkBlock = components['schemas']['DocumentChunkBlock'];
export type SchemaDocumentChunkReference = components['schemas']['DocumentChunkReference'];
export type SchemaDocumentContentBlock = components['schemas']['DocumentContentBlock'];
export type SchemaDocumentContentBlockWithHighlight = components['schemas']['DocumentContentBlockWithHighlight'];
export type SchemaDocumentContentHighlightIndex = components['schemas']['DocumentContentHighlightIndex'];
export type SchemaDocumentElementLength = components['schemas']['DocumentElementLength'];
export type SchemaDocumentListContentBlock = components['schemas']['DocumentListContentBlock'];
export type SchemaDocumentListContentBlockWithHighlight = components['schemas']['DocumentListContentBlockWithHighlight'];
export type SchemaDocumentQuery = components['schemas']['DocumentQuery'];
export type SchemaDocumentQueryClause = components['schemas']['DocumentQueryClause'];
export type SchemaDocumentQueryInterval = components['schemas']['DocumentQueryInterval'];
export type SchemaDocumentQueryPredicate = components['schemas']['DocumentQueryPredicate'];
export type SchemaDocumentTableContentBlock = components['schemas']['DocumentTableContentBlock'];
export type SchemaDocumentTableContentBlockWithHighlight = components['schemas']['DocumentTableContentBlockWithHighlight'];
export type SchemaDocumentText = components['schemas']['DocumentText'];
export type SchemaDocumentTextProperties = components['schemas']['DocumentTextProperties'];
export type SchemaDocumentVariationAnswer = components['schemas']['DocumentVariationAnswer'];
export type SchemaDocumentVariationContext = components['schemas']['DocumentVariationContext'];
export type SchemaDocumentVariationQueryChunkBlock = components['schemas']['DocumentVariationQueryChunkBlock'];
export type SchemaDocumentVariationRequest = components['schemas']['DocumentVariationRequest'];
export type SchemaDocumentVariationResponse = components['schemas']['DocumentVariationResponse'];
export type SchemaDocumentVariationResponseListing = components['schemas']['DocumentVariationResponseListing'];
export type SchemaDocumentVariationSearchChunkBlock = components['schemas']['DocumentVariationSearchChunkBlock'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaEntityReference = components['schemas']['EntityReference'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFabricTag = components['schemas']['FabricTag'];
export type SchemaGetUploadSourceUrlJobStatusResponse = components['schemas']['GetUploadSourceUrlJobStatusResponse'];
export type SchemaGuestCategoryReference = components['schemas']['GuestCategoryReference'];
export type SchemaGuestCategoryResponseListing = components['schemas']['GuestCategoryResponseListing'];
export type SchemaGuestResponseCategory = components['schemas']['GuestResponseCategory'];
export type SchemaImportStatusRequest = components['schemas']['ImportStatusRequest'];
export type SchemaKnowledgeAnswerDocumentResponse = components['schemas']['KnowledgeAnswerDocumentResponse'];
export type SchemaKnowledgeAnswerDocumentsResponse = components['schemas']['KnowledgeAnswerDocumentsResponse'];
export type SchemaKnowledgeAnswerGenerationResponse = components['schemas']['KnowledgeAnswerGenerationResponse'];
export type SchemaKnowledgeBase = components['schemas']['KnowledgeBase'];
export type SchemaKnowledgeBaseCreateRequest = components['schemas']['KnowledgeBaseCreateRequest'];
export type SchemaKnowledgeBaseListing = components['schemas']['KnowledgeBaseListing'];
export type SchemaKnowledgeBaseReference = components['schemas']['KnowledgeBaseReference'];
export type SchemaKnowledgeBaseUpdateRequest = components['schemas']['KnowledgeBaseUpdateRequest'];
export type SchemaKnowledgeContextReference = components['schemas']['KnowledgeContextReference'];
export type SchemaKnowledgeContextValueReference = components['schemas']['KnowledgeContextValueReference'];
export type SchemaKnowledgeConversationContext = components['schemas']['KnowledgeConversationContext'];
export type SchemaKnowledgeConversationContextResponse = components['schemas']['KnowledgeConversationContextResponse'];
export type SchemaKnowledgeConversationTurn = components['schemas']['KnowledgeConversationTurn'];
export type SchemaKnowledgeDocumentAlternative = components['schemas']['KnowledgeDocumentAlternative'];
export type SchemaKnowledgeDocumentBulkRemoveRequest = components['schemas']['KnowledgeDocumentBulkRemoveRequest'];
export type SchemaKnowledgeDocumentBulkUpdateEntity = components['schemas']['KnowledgeDocumentBulkUpdateEntity'];
export type SchemaKnowledgeDocumentBulkUpdateRequest = components['schemas']['KnowledgeDocumentBulkUpdateRequest'];
export type SchemaKnowledgeDocumentBulkVersionAddEntity = components['schemas']['KnowledgeDocumentBulkVersionAddEntity'];
export type SchemaKnowledgeDocumentBulkVersionAddRequest = components['schemas']['KnowledgeDocumentBulkVersionAddRequest'];
export type SchemaKnowledgeDocumentChunkRequest = components['schemas']['KnowledgeDocumentChunkRequest'];
export type SchemaKnowledgeDocumentChunkResponse = components['schemas']['KnowledgeDocumentChunkResponse'];
export type SchemaKnowledgeDocumentCopy = components['schemas']['KnowledgeDocumentCopy'];
export type SchemaKnowledgeDocumentFeedback = components['schemas']['KnowledgeDocumentFeedback'];
export type SchemaKnowledgeDocumentFeedbackResponse = components['schemas']['KnowledgeDocumentFeedbackResponse'];
export type SchemaKnowledgeDocumentFeedbackResponseListing = components['schemas']['KnowledgeDocumentFeedbackResponseListing'];
export type SchemaKnowledgeDocumentFeedbackUpdateRequest = components['schemas']['KnowledgeDocumentFeedbackUpdateRequest'];
export type SchemaKnowledgeDocumentGuestSearch = components['schemas']['KnowledgeDocumentGuestSearch'];
export type SchemaKnowledgeDocumentGuestSearchRequest = components['schemas']['KnowledgeDocumentGuestSearchRequest'];
export type SchemaKnowledgeDocumentGuestSearchResult = components['schemas']['KnowledgeDocumentGuestSearchResult'];
export type SchemaKnowledgeDocumentPresentation = components['schemas']['KnowledgeDocumentPresentation'];
export type SchemaKnowledgeDocumentQuery = components['schemas']['KnowledgeDocumentQuery'];
export type SchemaKnowledgeDocumentQueryResponse = components['schemas']['KnowledgeDocumentQueryResponse'];
export type SchemaKnowledgeDocumentQueryResult = components['schemas']['KnowledgeDocumentQueryResult'];
export type SchemaKnowledgeDocumentQueryVariation = components['schemas']['KnowledgeDocumentQueryVariation'];
export type SchemaKnowledgeDocumentReference = components['schemas']['KnowledgeDocumentReference'];
export type SchemaKnowledgeDocumentReq = components['schemas']['KnowledgeDocumentReq'];
export type SchemaKnowledgeDocumentResponse = components['schemas']['KnowledgeDocumentResponse'];
export type SchemaKnowledgeDocumentResponseListing = components['schemas']['KnowledgeDocumentResponseListing'];
export type SchemaKnowledgeDocumentsAnswerFilter = components['schemas']['KnowledgeDocumentsAnswerFilter'];
export type SchemaKnowledgeDocumentSearch = components['schemas']['KnowledgeDocumentSearch'];
export type SchemaKnowledgeDocumentSearchRequest = components['schemas']['KnowledgeDocumentSearchRequest'];
export type SchemaKnowledgeDocumentSearchResult = components['schemas']['KnowledgeDocumentSearchResult'];
export type SchemaKnowledgeDocumentSearchVariation = components['schemas']['KnowledgeDocumentSearchVariation'];
export type SchemaKnowledgeDocumentSuggestion = components['schemas']['KnowledgeDocumentSuggestion'];
export type SchemaKnowledgeDocumentSuggestionRequest = components['schemas']['KnowledgeDocumentSuggestionRequest'];
export type SchemaKnowledgeDocumentSuggestionResult = components['schemas']['KnowledgeDocumentSuggestionResult'];
export type SchemaKnowledgeDocumentSuggestionResultDocument = components['schemas']['KnowledgeDocumentSuggestionResultDocument'];
export type SchemaKnowledgeDocumentVersion = components['schemas']['KnowledgeDocumentVersion'];
export type SchemaKnowledgeDocumentVersionListing = components['schemas']['KnowledgeDocumentVersionListing'];
export type SchemaKnowledgeDocumentVersionReference = components['schemas']['KnowledgeDocumentVersionReference'];
export type SchemaKnowledgeDocumentVersionVariation = components['schemas']['KnowledgeDocumentVersionVariation'];
export type SchemaKnowledgeDocumentVersionVariationListing = components['schemas']['KnowledgeDocumentVersionVariationListing'];
export type SchemaKnowledgeDocumentView = components['schemas']['KnowledgeDocumentView'];
export type SchemaKnowledgeExportJobDocumentsFilter = components['schemas']['KnowledgeExportJobDocumentsFilter'];
export type SchemaKnowledgeExportJobFilter = components['schemas']['KnowledgeExportJobFilter'];
export type SchemaKnowledgeExportJobRequest = components['schemas']['KnowledgeExportJobRequest'];
export type SchemaKnowledgeExportJobResponse = components['schemas']['KnowledgeExportJobResponse'];
export type SchemaKnowledgeGenerationSetting = components['schemas']['KnowledgeGenerationSetting'];
export type SchemaKnowledgeGroupStatistics = components['schemas']['KnowledgeGroupStatistics'];
export type SchemaKnowledgeGuestAnswerDocumentResponse = components['schemas']['KnowledgeGuestAnswerDocumentResponse'];
export type SchemaKnowledgeGuestAnswerDocumentsResponse = components['schemas']['KnowledgeGuestAnswerDocumentsResponse'];
export type SchemaKnowledgeGuestDocumentCopy = components['schemas']['KnowledgeGuestDocumentCopy'];
export type SchemaKnowledgeGuestDocumentFeedback = components['schemas']['KnowledgeGuestDocumentFeedback'];
export type SchemaKnowledgeGuestDocumentPresentation = components['schemas']['KnowledgeGuestDocumentPresentation'];
export type SchemaKnowledgeGuestDocumentResponse = components['schemas']['KnowledgeGuestDocumentResponse'];
export type SchemaKnowledgeGuestDocumentResponseListing = components['schemas']['KnowledgeGuestDocumentResponseListing'];
export type SchemaKnowledgeGuestDocumentSuggestion = components['schemas']['KnowledgeGuestDocumentSuggestion'];
export type SchemaKnowledgeGuestDocumentSuggestionRequest = components['schemas']['KnowledgeGuestDocumentSuggestionRequest'];
export type SchemaKnowledgeGuestDocumentSuggestionResult = components['schemas']['KnowledgeGuestDocumentSuggestionResult'];
export type SchemaKnowledgeGuestDocumentVariation = components['schemas']['KnowledgeGuestDocumentVariation'];
export type SchemaKnowledgeGuestDocumentVariationAnswer = components['schemas']['KnowledgeGuestDocumentVariationAnswer'];
export type SchemaKnowledgeGuestDocumentVariationContext = components['schemas']['KnowledgeGuestDocumentVariationContext'];
export type SchemaKnowledgeGuestDocumentVersionReference = components['schemas']['KnowledgeGuestDocumentVersionReference'];
export type SchemaKnowledgeGuestDocumentView = components['schemas']['KnowledgeGuestDocumentView'];
export type SchemaKnowledgeGuestSearchClientApplication = components['schemas']['KnowledgeGuestSearchClientApplication'];
export type SchemaKnowledgeGuestSearchDocumentResponse = components['schemas']['KnowledgeGuestSearchDocumentResponse'];
export type SchemaKnowledgeGuestSession = components['schemas']['KnowledgeGuestSession'];
export type SchemaKnowledgeGuestSessionApp = components['schemas']['KnowledgeGuestSessionApp'];
export type SchemaKnowledgeGuestSessionContext = components['schemas']['KnowledgeGuestSessionContext'];
export type SchemaKnowledgeImportJobError = components['schemas']['KnowledgeImportJobError'];
export type SchemaKnowledgeImportJobReport = components['schemas']['KnowledgeImportJobReport'];
export type SchemaKnowledgeImportJobRequest = components['schemas']['KnowledgeImportJobRequest'];
export type SchemaKnowledgeImportJobResponse = components['schemas']['KnowledgeImportJobResponse'];
export type SchemaKnowledgeImportJobSettings = components['schemas']['KnowledgeImportJobSettings'];
export type SchemaKnowledgeImportJobStatistics = components['schemas']['KnowledgeImportJobStatistics'];
export type SchemaKnowledgeIntegrationFilter = components['schemas']['KnowledgeIntegrationFilter'];
export type SchemaKnowledgeIntegrationFilterValue = components['schemas']['KnowledgeIntegrationFilterValue'];
export type SchemaKnowledgeIntegrationOptionsResponse = components['schemas']['KnowledgeIntegrationOptionsResponse'];
export type SchemaKnowledgeIntegrationReference = components['schemas']['KnowledgeIntegrationReference'];
export type SchemaKnowledgeOperationSource = components['schemas']['KnowledgeOperationSource'];
export type SchemaKnowledgeParseImportResult = components['schemas']['KnowledgeParseImportResult'];
export type SchemaKnowledgeParseJobRequest = components['schemas']['KnowledgeParseJobRequest'];
export type SchemaKnowledgeParseJobRequestImport = components['schemas']['KnowledgeParseJobRequestImport'];
export type SchemaKnowledgeParseJobRequestPatch = components['schemas']['KnowledgeParseJobRequestPatch'];
export type SchemaKnowledgeParseJobResponse = components['schemas']['KnowledgeParseJobResponse'];
export type SchemaKnowledgeParseRecord = components['schemas']['KnowledgeParseRecord'];
export type SchemaKnowledgeRetrievedReference = components['schemas']['KnowledgeRetrievedReference'];
export type SchemaKnowledgeSearchClientApplication = components['schemas']['KnowledgeSearchClientApplication'];
export type SchemaKnowledgeSearchDocumentResponse = components['schemas']['KnowledgeSearchDocumentResponse'];
export type SchemaKnowledgeSearchPreviewRequest = components['schemas']['KnowledgeSearchPreviewRequest'];
export type SchemaKnowledgeSearchPreviewResponse = components['schemas']['KnowledgeSearchPreviewResponse'];
export type SchemaKnowledgeSearchResult = components['schemas']['KnowledgeSearchResult'];
export type SchemaKnowledgeSettingListing = components['schemas']['KnowledgeSettingListing'];
export type SchemaKnowledgeSettingsRequest = components['schemas']['KnowledgeSettingsRequest'];
export type SchemaKnowledgeSettingsResponse = components['schemas']['KnowledgeSettingsResponse'];
export type SchemaKnowledgeSourcesSearchRequest = components['schemas']['KnowledgeSourcesSearchRequest'];
export type SchemaKnowledgeSourcesSearchResponse = components['schemas']['KnowledgeSourcesSearchResponse'];
export type SchemaKnowledgeSyncJobReport = components['schemas']['KnowledgeSyncJobReport'];
export type SchemaKnowledgeSyncJobRequest = components['schemas']['KnowledgeSyncJobRequest'];
export type SchemaKnowledgeSyncJobResponse = components['schemas']['KnowledgeSyncJobResponse'];
export type SchemaKnowledgeSyncJobStatistics = components['schemas']['KnowledgeSyncJobStatistics'];
export type SchemaKnowledgeV3ConversationContext = components['schemas']['KnowledgeV3ConversationContext'];
export type SchemaKnowledgeV3ConversationContextResponse = components['schemas']['KnowledgeV3ConversationContextResponse'];
export type SchemaKnowledgeV3PreviewConversationContext = components['schemas']['KnowledgeV3PreviewConversationContext'];
export type SchemaLabelCreateRequest = components['schemas']['LabelCreateRequest'];
export type SchemaLabelListing = components['schemas']['LabelListing'];
export type SchemaLabelResponse = components['schemas']['LabelResponse'];
export type SchemaLabelUpdateRequest = components['schemas']['LabelUpdateRequest'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaOperationCreatorUserResponse = components['schemas']['OperationCreatorUserResponse'];
export type SchemaOperationListing = components['schemas']['OperationListing'];
export type SchemaOperationResponse = components['schemas']['OperationResponse'];
export type SchemaPhraseAssociations = components['schemas']['PhraseAssociations'];
export type SchemaPresentedKnowledgeDocument = components['schemas']['PresentedKnowledgeDocument'];
export type SchemaSalesforceSettings = components['schemas']['SalesforceSettings'];
export type SchemaSalesforceSourceRequest = components['schemas']['SalesforceSourceRequest'];
export type SchemaSalesforceSourceResponse = components['schemas']['SalesforceSourceResponse'];
export type SchemaSearchUpdateRequest = components['schemas']['SearchUpdateRequest'];
export type SchemaSelectedAnswer = components['schemas']['SelectedAnswer'];
export type SchemaServiceNowSettings = components['schemas']['ServiceNowSettings'];
export type SchemaServiceNowSourceRequest = components['schemas']['ServiceNowSourceRequest'];
export type SchemaServiceNowSourceResponse = components['schemas']['ServiceNowSourceResponse'];
export type SchemaSharepointAuthenticationProperties = components['schemas']['SharepointAuthenticationProperties'];
export type SchemaSourceBaseResponse = components['schemas']['SourceBaseResponse'];
export type SchemaSourceLastSync = components['schemas']['SourceLastSync'];
export type SchemaSourceSyncResponse = components['schemas']['SourceSyncResponse'];
export type SchemaSyncStatusRequest = components['schemas']['SyncStatusRequest'];
export type SchemaUnansweredGroup = components['schemas']['UnansweredGroup'];
export type SchemaUnansweredGroups = components['schemas']['UnansweredGroups'];
export type SchemaUnansweredGroupSuggestedDocument = components['schemas']['UnansweredGroupSuggestedDocument'];
export type SchemaUnansweredPhrase = components['schemas']['UnansweredPhrase'];
export type SchemaUnansweredPhraseGroup = components['schemas']['UnansweredPhraseGroup'];
export type SchemaUnansweredPhraseGroupPatchRequestBody = components['schemas']['UnansweredPhraseGroupPatchRequestBody'];
export type SchemaUnansweredPhraseGroupUpdateResponse = components['schemas']['UnansweredPhraseGroupUpdateResponse'];
export type SchemaUploadUrlRequest = components['schemas']['UploadUrlRequest'];
export type SchemaUploadUrlResponse = components['schemas']['UploadUrlResponse'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaV3KnowledgeSearchClientApplication = components['schemas']['V3KnowledgeSearchClientApplication'];
export type SchemaV3KnowledgeSearchPreviewClientApplication = components['schemas']['V3KnowledgeSearchPreviewClientApplication'];
export type SchemaV3SourceCreateRequest = components['schemas']['V3SourceCreateRequest'];
export type SchemaV3SourceDetailedResponse = components['schemas']['V3SourceDetailedResponse'];
export type SchemaV3SourceExpandableListing = components['schemas']['V3SourceExpandableListing'];
export type SchemaV3SourceExpandableListResponse = components['schemas']['V3SourceExpandableListResponse'];
export type SchemaV3SourceExpandableResponse = components['schemas']['V3SourceExpandableResponse'];
export type SchemaV3SourceFilter = components['schemas']['V3SourceFilter'];
export type SchemaV3SourceFilterDetails = components['schemas']['V3SourceFilterDetails'];
export type SchemaV3SourceFolderDetails = components['schemas']['V3SourceFolderDetails'];
export type SchemaV3SourceLastSynchronization = components['schemas']['V3SourceLastSynchronization'];
export type SchemaV3SourceRef = components['schemas']['V3SourceRef'];
export type SchemaV3SourceScheduleSettings = components['schemas']['V3SourceScheduleSettings'];
export type SchemaV3SourceSiteDetails = components['schemas']['V3SourceSiteDetails'];
export type SchemaV3SourceTagFilter = components['schemas']['V3SourceTagFilter'];
export type SchemaV3SourceUpdateRequest = components['schemas']['V3SourceUpdateRequest'];
export type SchemaV3StartManualSyncRequest = components['schemas']['V3StartManualSyncRequest'];
export type SchemaV3Synchronization = components['schemas']['V3Synchronization'];
export type SchemaV3SynchronizationDeletion = components['schemas']['V3SynchronizationDeletion'];
export type SchemaV3SynchronizationDeletionListing = components['schemas']['V3SynchronizationDeletionListing'];
export type SchemaV3SynchronizationFileDeletionRequest = components['schemas']['V3SynchronizationFileDeletionRequest'];
export type SchemaV3SynchronizationListing = components['schemas']['V3SynchronizationListing'];
export type SchemaV3SynchronizationRef = components['schemas']['V3SynchronizationRef'];
export type SchemaV3SynchronizationStatistics = components['schemas']['V3SynchronizationStatistics'];
export type SchemaV3SynchronizationUpdateRequest = components['schemas']['V3SynchronizationUpdateRequest'];
export type SchemaV3SynchronizationUpload = components['schemas']['V3SynchronizationUpload'];
export type SchemaV3SynchronizationUploadListing = components['schemas']['V3SynchronizationUploadListing'];
export type SchemaV3SynchronizationUploadMetadata = components['schemas']['V3SynchronizationUploadMetadata'];
export type SchemaV3SynchronizationUploadUrlRequest = components['schemas']['V3SynchronizationUploadUrlRequest'];
export type SchemaV3SynchronizationUploadUrlResponse = components['schemas']['V3SynchronizationUploadUrlResponse'];
export type SchemaWritableEntity = components['schemas']['WritableEntity'];
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
    getKnowledgeConnections: {
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
                    "application/json": components["schemas"]["ConnectionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionCreateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeConnection: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Connection ID */
                connectionId: string;
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
                    "application/json": components["schemas"]["ConnectionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Connection ID */
                connectionId: string;
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
                    "application/json": components["schemas"]["ConnectionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Connection ID */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConnectionUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeConnectionOptions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Number of results per page. Minimum: 25, Maximum: 500. */
                pageSize?: string;
                /** @description The id of the parent option whose children to be listed. */
                parentId?: string;
            };
            header?: never;
            path: {
                /** @description Connection ID */
                connectionId: string;
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
                    "application/json": components["schemas"]["ConnectionOptionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeDocumentuploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequest"];
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
    postKnowledgeGuestSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeGuestSession"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeGuestSession"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeGuestSessionCategories: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description The specified entity attribute will be filled. Supported value:Ancestors: every ancestors will be filled via the parent attribute recursively,but only the id, name, parentId will be present for the ancestors. */
                expand?: string;
                /** @description If specified, retrieves the number of documents related to category. */
                includeDocumentCount?: boolean;
                /** @description If specified, retrieves only the root categories. */
                isRoot?: boolean;
                /** @description Filter to return the categories that starts with the given category name. */
                name?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description If specified, retrieves the children categories by parent category ID. */
                parentId?: string;
                /** @description Name: sort by category names alphabetically; Hierarchy: sort by the full path of hierarchical category names alphabetically */
                sortBy?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge guest session ID. */
                sessionId: string;
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
                    "application/json": components["schemas"]["GuestCategoryResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeGuestSessionDocuments: {
        parameters: {
            query?: {
                /** @description If specified, retrieves documents associated with category ids, comma separated values expected. */
                categoryId?: string[];
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Knowledge guest session ID. */
                sessionId: string;
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
                    "application/json": components["schemas"]["KnowledgeGuestDocumentResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeGuestSessionDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
                /** @description Knowledge guest session ID. */
                sessionId: string;
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
                    "application/json": components["schemas"]["KnowledgeGuestDocumentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeGuestSessionDocumentCopies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeGuestDocumentCopy"];
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
    postKnowledgeGuestSessionDocumentFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeGuestDocumentFeedback"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeGuestDocumentFeedback"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeGuestSessionDocumentViews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeGuestDocumentView"];
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
    postKnowledgeGuestSessionDocumentsAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentsAnswerFilter"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeGuestAnswerDocumentsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeGuestSessionDocumentsPresentations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeGuestDocumentPresentation"];
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
    postKnowledgeGuestSessionDocumentsSearch: {
        parameters: {
            query?: {
                /** @description Fields, if any, to expand for each document in the search result matching the query. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentGuestSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentGuestSearch"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeGuestSessionDocumentsSearchSearchId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Search Result ID */
                searchId: string;
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchUpdateRequest"];
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
    postKnowledgeGuestSessionDocumentsSearchSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge guest session ID. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeGuestDocumentSuggestionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeGuestDocumentSuggestion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeIntegrationOptions: {
        parameters: {
            query?: {
                /** @description Narrowing down filtering option results by knowledge base. */
                knowledgeBaseIds?: string[];
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
                    "application/json": components["schemas"]["KnowledgeIntegrationOptionsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebases: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Filter by core language. */
                coreLanguage?: string;
                /** @description Number of entities to return. Maximum of 100. Deprecated in favour of pageSize */
                limit?: string;
                /** @description Filter by Name. */
                name?: string;
                /** @description Number of entities to return. Maximum of 100. */
                pageSize?: string;
                /** @description Filter by published status. */
                published?: boolean;
                /** @description Sort by. */
                sortBy?: string;
                /** @description Sort Order. */
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
                    "application/json": components["schemas"]["KnowledgeBaseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeBaseCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeBaseUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseCategories: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description The specified entity attribute will be filled. Supported value:Ancestors: every ancestors will be filled via the parent attribute recursively,but only the id, name, parentId will be present for the ancestors. */
                expand?: string;
                /** @description If specified, retrieves the number of documents related to category. */
                includeDocumentCount?: boolean;
                /** @description If specified, retrieves only the root categories. */
                isRoot?: boolean;
                /** @description Filter to return the categories that starts with the given category name. */
                name?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description If specified, retrieves the children categories by parent category ID. */
                parentId?: string;
                /** @description Name: sort by category names alphabetically; Hierarchy: sort by the full path of hierarchical category names alphabetically */
                sortBy?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["CategoryResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Category ID */
                categoryId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Category ID */
                categoryId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Category ID */
                categoryId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseChunksSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge Base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentChunkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentChunkResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseChunksSearchSearchId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge Base ID */
                knowledgeBaseId: string;
                /** @description Unique identifier of search request */
                searchId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChunkSearchRegisterRequest"];
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
    getKnowledgeKnowledgebaseDocuments: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description If specified, retrieves documents associated with category ids, comma separated values expected. */
                categoryId?: string[];
                /** @description Retrieves the specified documents, comma separated values expected. */
                documentId?: string[];
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
                /** @description If specified, retrieves documents associated with external ids, comma separated values expected. */
                externalIds?: string[];
                /** @description If includeDrafts is true, Documents in the draft state are also returned in the response. */
                includeDrafts?: boolean;
                /** @description Works along with 'categoryId' query parameter. If specified, retrieves documents associated with category ids and its children categories. */
                includeSubcategories?: boolean;
                /** @description Retrieves the documents modified in specified date and time range. If the after and before cursor parameters are within this interval, it would return valid data, otherwise it throws an error.The dates in the interval are represented in ISO-8601 format: YYYY-MM-DDThh:mm:ssZ/YYYY-MM-DDThh:mm:ssZ */
                interval?: string;
                /** @description If specified, retrieves documents associated with label ids, comma separated values expected. */
                labelIds?: string[];
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeDocumentResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentReq"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocument: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. Max No. of variations that can be returned on expand is 20. */
                expand?: string[];
                /** @description when state is Draft, draft version of the document is returned,otherwise by default published version is returned in the response. */
                state?: string;
            };
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeDocumentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
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
    patchKnowledgeKnowledgebaseDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentReq"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentCopies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentCopy"];
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
    getKnowledgeKnowledgebaseDocumentFeedback: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Application type to filter by. Supported only if onlyCommented=true is set. */
                appType?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Document variation ID to filter by. Supported only if onlyCommented=true is set. */
                documentVariationId?: string;
                /** @description Document version ID to filter by. Supported only if onlyCommented=true is set. */
                documentVersionId?: string;
                /** @description If true, only feedback records that have comment are returned. If false, feedback records with and without comment are returned. Default: false. */
                onlyCommented?: boolean;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Query type to filter by. Supported only if onlyCommented=true is set. */
                queryType?: string;
                /** @description Queue ID to filter by. Supported only if onlyCommented=true is set. */
                queueId?: string;
                /** @description State to filter by. Supported only if onlyCommented=true is set. Default: Final */
                state?: string;
                /** @description The ID of the user, who created the feedback, to filter by. Supported only if onlyCommented=true is set. */
                userId?: string;
            };
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeDocumentFeedbackResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentFeedback"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentFeedbackResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentFeedbackFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Feedback ID. */
                feedbackId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeDocumentFeedbackResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseDocumentFeedbackFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Feedback ID. */
                feedbackId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentFeedbackUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentFeedbackResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentVariations: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description The state of the document. */
                documentState?: string;
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["DocumentVariationResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentVariations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentVariationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVariationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentVariation: {
        parameters: {
            query?: {
                /** @description The state of the document. */
                documentState?: string;
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Globally unique identifier for a document. */
                documentId: string;
                /** @description Globally unique identifier for a document variation. */
                documentVariationId: string;
                /** @description Globally unique identifier for a knowledge base. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["DocumentVariationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseDocumentVariation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Globally unique identifier for a document. */
                documentId: string;
                /** @description Globally unique identifier for a document variation. */
                documentVariationId: string;
                /** @description Globally unique identifier for a knowledge base. */
                knowledgeBaseId: string;
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
    patchKnowledgeKnowledgebaseDocumentVariation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Globally unique identifier for a document. */
                documentId: string;
                /** @description Globally unique identifier for a document variation. */
                documentVariationId: string;
                /** @description Globally unique identifier for a knowledge base. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentVariationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentVariationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeDocumentVersionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentVersion: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
                /** @description Globally unique identifier for the document version. */
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
                    "application/json": components["schemas"]["KnowledgeDocumentVersion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentVersionVariations: {
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
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
                /** @description Globally unique identifier for the document version. */
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
                    "application/json": components["schemas"]["KnowledgeDocumentVersionVariationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseDocumentVersionVariation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Globally unique identifier for the document. */
                documentId: string;
                /** @description Globally unique identifier for the knowledge base. */
                knowledgeBaseId: string;
                /** @description Globally unique identifier for the document version variation. */
                variationId: string;
                /** @description Globally unique identifier for the document version. */
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
                    "application/json": components["schemas"]["KnowledgeDocumentVersionVariation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentViews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document ID. */
                documentId: string;
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentView"];
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
    postKnowledgeKnowledgebaseDocumentsAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentsAnswerFilter"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeAnswerDocumentsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentsBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentBulkRemoveRequest"];
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
    postKnowledgeKnowledgebaseDocumentsBulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentBulkUpdateRequest"];
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
    getKnowledgeKnowledgebaseDocumentsFeedback: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Application type to filter by. Supported only if onlyCommented=true is set. */
                appType?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Document variation ID to filter by. Supported only if onlyCommented=true is set. */
                documentVariationId?: string;
                /** @description Document version ID to filter by. Supported only if onlyCommented=true is set. */
                documentVersionId?: string;
                /** @description If true, only feedback records that have comment are returned. If false, feedback records with and without comment are returned. Default: false. */
                onlyCommented?: boolean;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Query type to filter by. Supported only if onlyCommented=true is set. */
                queryType?: string;
                /** @description Queue ID to filter by. Supported only if onlyCommented=true is set. */
                queueId?: string;
                /** @description State to filter by. Supported only if onlyCommented=true is set. Default: Final */
                state?: string;
                /** @description The ID of the user, who created the feedback, to filter by. Supported only if onlyCommented=true is set. */
                userId?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeDocumentFeedbackResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentsPresentations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentPresentation"];
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
    postKnowledgeKnowledgebaseDocumentsQuery: {
        parameters: {
            query?: {
                /** @description Fields, if any, to expand for each document in the search result matching the query. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Knowledge Base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentsSearch: {
        parameters: {
            query?: {
                /** @description Fields, if any, to expand for each document in the search result matching the query. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of knowledge base containing the documents to query. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentSearch"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseDocumentsSearchSearchId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of knowledge base containing the documents to query. */
                knowledgeBaseId: string;
                /** @description Search Result ID */
                searchId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchUpdateRequest"];
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
    postKnowledgeKnowledgebaseDocumentsSearchSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of knowledge base containing the documents to query. */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentSuggestionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentSuggestion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseDocumentsVersionsBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeDocumentBulkVersionAddRequest"];
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
    postKnowledgeKnowledgebaseExportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeExportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeExportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseExportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export job ID */
                exportJobId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeExportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseExportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Export job ID */
                exportJobId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
    postKnowledgeKnowledgebaseImportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeImportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeImportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseImportJob: {
        parameters: {
            query?: {
                /** @description If expand contains 'urls' downloadURL and failedEntitiesURL will be filled. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Import job ID */
                importJobId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["KnowledgeImportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job ID */
                importJobId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
    patchKnowledgeKnowledgebaseImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import job ID */
                importJobId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeImportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseLabels: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description If specified, retrieves the number of documents related to label. */
                includeDocumentCount?: boolean;
                /** @description Filter to return the labels that contains the given phrase in the name. */
                name?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["LabelListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LabelCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Label ID */
                labelId: string;
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
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Label ID */
                labelId: string;
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
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Label ID */
                labelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LabelUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseOperations: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Retrieves the operations modified in specified date and time range. If the after and before cursor parameters are within this interval, it would return valid data, otherwise it throws an error.The dates in the interval are represented in ISO-8601 format: YYYY-MM-DDThh:mm:ssZ/YYYY-MM-DDThh:mm:ssZ */
                interval?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description If specified, retrieves operations associated with source ids, comma separated values expected. */
                sourceId?: string[];
                /** @description If specified, retrieves operations with specified operation status, comma separated values expected. */
                status?: string[];
                /** @description If specified, retrieves operations with specified operation type, comma separated values expected. */
                type?: string[];
                /** @description If specified, retrieves operations associated with user ids, comma separated values expected. */
                userId?: string[];
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["OperationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseOperationsUsersQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["OperationCreatorUserResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseParseJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeParseJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeParseJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseParseJob: {
        parameters: {
            query?: {
                /** @description If expand contains 'urls' downloadURL and failedEntitiesURL will be filled. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Parse job ID */
                parseJobId: string;
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
                    "application/json": components["schemas"]["KnowledgeParseJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseParseJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Parse job ID */
                parseJobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeParseJobRequestPatch"];
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
    postKnowledgeKnowledgebaseParseJobImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Parse job ID */
                parseJobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeParseJobRequestImport"];
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
    getKnowledgeKnowledgebaseSources: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
                /** @description If specified, retrieves integration sources with specified IDs. */
                ids?: string[];
                /** @description If specified, retrieves integration sources with specified integration type. */
                type?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["SourceBaseResponse"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseSourcesSalesforce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesforceSourceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSyncJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseSourcesSalesforceSourceId: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
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
                    "application/json": components["schemas"]["SalesforceSourceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putKnowledgeKnowledgebaseSourcesSalesforceSourceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesforceSourceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesforceSourceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseSourcesSalesforceSourceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
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
    postKnowledgeKnowledgebaseSourcesSalesforceSourceIdSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
            };
            cookie?: never;
        };
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
                    "application/json": components["schemas"]["SourceSyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseSourcesServicenow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceNowSourceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSyncJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseSourcesServicenowSourceId: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
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
                    "application/json": components["schemas"]["ServiceNowSourceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putKnowledgeKnowledgebaseSourcesServicenowSourceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceNowSourceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceNowSourceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseSourcesServicenowSourceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
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
    postKnowledgeKnowledgebaseSourcesServicenowSourceIdSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Source ID */
                sourceId: string;
            };
            cookie?: never;
        };
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
                    "application/json": components["schemas"]["SourceSyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseSynchronizeJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeSyncJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSyncJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseSynchronizeJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Synchronization job ID */
                syncJobId: string;
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
                    "application/json": components["schemas"]["KnowledgeSyncJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeKnowledgebaseSynchronizeJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Synchronization job ID */
                syncJobId: string;
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
    patchKnowledgeKnowledgebaseSynchronizeJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description Synchronization job ID */
                syncJobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSyncJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseUnansweredGroups: {
        parameters: {
            query?: {
                /** @description The app value to be used for filtering phrases. */
                app?: string;
                /** @description The end date to be used for filtering phrases. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description The start date to be used for filtering phrases. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
            };
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["UnansweredGroups"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseUnansweredGroup: {
        parameters: {
            query?: {
                /** @description The app value to be used for filtering phrases. */
                app?: string;
                /** @description The end date to be used for filtering phrases. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description The start date to be used for filtering phrases. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the group to be retrieved. */
                groupId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["UnansweredGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseUnansweredGroupPhrasegroup: {
        parameters: {
            query?: {
                /** @description The app value to be used for filtering phrases. */
                app?: string;
                /** @description The end date to be used for filtering phrases. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description The start date to be used for filtering phrases. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the group to be retrieved. */
                groupId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description The ID of the phraseGroup to be retrieved. */
                phraseGroupId: string;
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
                    "application/json": components["schemas"]["UnansweredPhraseGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeKnowledgebaseUnansweredGroupPhrasegroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the group to be updated. */
                groupId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
                /** @description The ID of the phraseGroup to be updated. */
                phraseGroupId: string;
            };
            cookie?: never;
        };
        /** @description Request body of the update unanswered group endpoint. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnansweredPhraseGroupPatchRequestBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnansweredPhraseGroupUpdateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeKnowledgebaseUploadsUrlsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
            };
            cookie?: never;
        };
        /** @description uploadRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUploadSourceUrlJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUploadSourceUrlJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeKnowledgebaseUploadsUrlsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Upload job ID */
                jobId: string;
                /** @description Knowledge base ID */
                knowledgeBaseId: string;
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
                    "application/json": components["schemas"]["GetUploadSourceUrlJobStatusResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeSourcesSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSourcesSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSearchPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeSearchPreviewRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSearchPreviewResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSettings: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Knowledge setting name to search upon. */
                name?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Field to sort the knowledge settings on. */
                sortBy?: string;
                /** @description Sorting order for knowledge settings. */
                sortOrder?: string;
                /** @description Source ID to filter knowledge settings by. */
                sourceId?: string;
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
                    "application/json": components["schemas"]["KnowledgeSettingListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnowledgeSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge Setting ID. */
                knowledgeSettingId: string;
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
                    "application/json": components["schemas"]["KnowledgeSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge Setting ID. */
                knowledgeSettingId: string;
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
    patchKnowledgeSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge Setting ID. */
                knowledgeSettingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSources: {
        parameters: {
            query?: {
                /** @description Optional fields to expand for the Source. */
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
                    "application/json": components["schemas"]["V3SourceExpandableListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V3SourceCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V3SourceDetailedResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSource: {
        parameters: {
            query?: {
                /** @description Optional fields to expand for the Source. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
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
                    "application/json": components["schemas"]["V3SourceExpandableResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putKnowledgeSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V3SourceUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V3SourceDetailedResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
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
    getKnowledgeSourceSynchronizations: {
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
                /** @description Source ID */
                sourceId: string;
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
                    "application/json": components["schemas"]["V3SynchronizationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSourceSynchronizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["V3StartManualSyncRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V3Synchronization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSourceSynchronization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
                    "application/json": components["schemas"]["V3Synchronization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchKnowledgeSourceSynchronization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V3SynchronizationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V3Synchronization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSourceSynchronizationDeletions: {
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
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
                    "application/json": components["schemas"]["V3SynchronizationDeletionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSourceSynchronizationDeletions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V3SynchronizationFileDeletionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V3SynchronizationDeletion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSourceSynchronizationDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File ID */
                fileId: string;
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
                    "application/json": components["schemas"]["V3SynchronizationDeletion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeSourceSynchronizationDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File ID */
                fileId: string;
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
    getKnowledgeSourceSynchronizationUploads: {
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
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
                    "application/json": components["schemas"]["V3SynchronizationUploadListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postKnowledgeSourceSynchronizationUploads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V3SynchronizationUploadUrlRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V3SynchronizationUploadUrlResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getKnowledgeSourceSynchronizationUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File ID */
                fileId: string;
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
                    "application/json": components["schemas"]["V3SynchronizationUpload"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteKnowledgeSourceSynchronizationUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File ID */
                fileId: string;
                /** @description Source ID */
                sourceId: string;
                /** @description Synchronization ID */
                synchronizationId: string;
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
    getKnowledgeSourcesSynchronizations: {
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
                    "application/json": components["schemas"]["V3SynchronizationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
