// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony-providers-edge/openapi.yaml (sha256 6e6546e527949eac)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area telephony-providers-edge` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Telephony Providers Edge (129 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const telephonyProvidersEdge = telephonyProvidersEdgeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function telephonyProvidersEdgeApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/telephony/providers/edges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of edges.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdges"];
        put?: never;
        /**
         * Create an edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdge"];
        /**
         * Update a edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdge"];
        post?: never;
        /**
         * Delete a edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/diagnostic/nslookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeDiagnosticNslookup"];
        put?: never;
        /**
         * Nslookup request command to collect networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeDiagnosticNslookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/diagnostic/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeDiagnosticPing"];
        put?: never;
        /**
         * Ping Request command to collect networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeDiagnosticPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/diagnostic/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeDiagnosticRoute"];
        put?: never;
        /**
         * Route request command to collect networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeDiagnosticRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/diagnostic/tracepath": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeDiagnosticTracepath"];
        put?: never;
        /**
         * Tracepath request command to collect networking-related information from an Edge for a target IP or host.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeDiagnosticTracepath"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/logicalinterfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get edge logical interfaces.
         * @description Retrieve a list of all configured logical interfaces from a specific edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeLogicalinterfaces"];
        put?: never;
        /**
         * Create an edge logical interface.
         * @description Create
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeLogicalinterfaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/logicalinterfaces/{interfaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an edge logical interface
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeLogicalinterface"];
        /**
         * Update an edge logical interface.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgeLogicalinterface"];
        post?: never;
        /**
         * Delete an edge logical interface
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgeLogicalinterface"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/logs/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a job to upload a list of Edge logs.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeLogsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/logs/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Edge logs job.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeLogsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/logs/jobs/{jobId}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request that the specified fileIds be uploaded from the Edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeLogsJobUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the edge metrics.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/offlineconfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a file that can be used to configure a hardware Edge's settings.
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postTelephonyProvidersEdgeOfflineconfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/physicalinterfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of all configured physical interfaces from a specific edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgePhysicalinterfaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/physicalinterfaces/{interfaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get edge physical interface.
         * @description Retrieve a physical interface from a specific edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgePhysicalinterface"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot an Edge
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeReboot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/setuppackage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the setup package for a locally deployed edge device. This is needed to complete the setup process for the virtual edge.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeSetuppackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/softwareupdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets software update status information about any edge.
         * @permissions none required
         */
        get: operations["getTelephonyProvidersEdgeSoftwareupdate"];
        put?: never;
        /**
         * Starts a software update for this edge.
         * @permissions none required
         */
        post: operations["postTelephonyProvidersEdgeSoftwareupdate"];
        /**
         * Cancels any in-progress update for this edge.
         * @permissions none required
         */
        delete: operations["deleteTelephonyProvidersEdgeSoftwareupdate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/softwareversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all the available software versions for this edge.
         * @permissions none required
         */
        get: operations["getTelephonyProvidersEdgeSoftwareversions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/statuscode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an Edge in or out of service
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeStatuscode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/trunks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of available trunks for the given Edge.
         * @description Trunks are created by assigning trunk base settings to an Edge or Edge Group.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgeTrunks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/{edgeId}/unpair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpair an Edge
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgeUnpair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/addressvalidation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validates a street address
         * @permissions none required
         */
        post: operations["postTelephonyProvidersEdgesAddressvalidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/alertablepresences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list alertable presences. The 'type' query parameter can be used to If there are any overrides, this is the list of overrides; if there are no overrides, it is the default list.
         * @permissions ANY: `telephony:alertablePresences:view`
         */
        get: operations["getTelephonyProvidersEdgesAlertablepresences"];
        /**
         * Creates or updates alertable presences overrides.
         * @permissions ANY: `telephony:alertablePresences:edit`
         */
        put: operations["putTelephonyProvidersEdgesAlertablepresences"];
        post?: never;
        /**
         * Deletes alertable presences overrides.
         * @permissions ANY: `telephony:alertablePresences:delete`
         */
        delete: operations["deleteTelephonyProvidersEdgesAlertablepresences"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/certificateauthorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of certificate authorities.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesCertificateauthorities"];
        put?: never;
        /**
         * Create a certificate authority.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesCertificateauthorities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/certificateauthorities/{certificateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a certificate authority.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesCertificateauthority"];
        /**
         * Update a certificate authority.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesCertificateauthority"];
        post?: never;
        /**
         * Delete a certificate authority.
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesCertificateauthority"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/didpools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of DID Pools
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesDidpools"];
        put?: never;
        /**
         * Create a new DID pool
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesDidpools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/didpools/{didPoolId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DID Pool by ID.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesDidpool"];
        /**
         * Update a DID Pool by ID.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesDidpool"];
        post?: never;
        /**
         * Delete a DID Pool by ID.
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesDidpool"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/didpools/dids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of unassigned and/or assigned numbers in a set of DID Pools.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesDidpoolsDids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/dids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of DIDs
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesDids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/dids/{didId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DID by ID.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesDid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/edgegroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of edge groups.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesEdgegroups"];
        put?: never;
        /**
         * Create an edge group.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesEdgegroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/edgegroups/{edgeGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get edge group.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesEdgegroup"];
        /**
         * Update an edge group.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesEdgegroup"];
        post?: never;
        /**
         * Delete an edge group.
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesEdgegroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/edgegroups/{edgegroupId}/edgetrunkbases/{edgetrunkbaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the edge trunk base associated with the edge group
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesEdgegroupEdgetrunkbase"];
        /**
         * Update the edge trunk base associated with the edge group
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesEdgegroupEdgetrunkbase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/edgeversionreport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the edge version report.
         * @description The report will not have consistent data about the edge version(s) until all edges have been reset.
         * @permissions none required
         */
        get: operations["getTelephonyProvidersEdgesEdgeversionreport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List of edges more than 4 edge versions behind the latest software.
         * @permissions ANY: any one of `telephony:plugin:all`, `internal:edge:view`
         */
        get: operations["getTelephonyProvidersEdgesExpired"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/extensionpools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of extension pools
         * @permissions ALL: `telephony:extensionPool:view`
         */
        get: operations["getTelephonyProvidersEdgesExtensionpools"];
        put?: never;
        /**
         * Create a new extension pool
         * @permissions ALL: `telephony:extensionPool:add`
         */
        post: operations["postTelephonyProvidersEdgesExtensionpools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/extensionpools/{extensionPoolId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an extension pool by ID
         * @permissions ALL: `telephony:extensionPool:view`
         */
        get: operations["getTelephonyProvidersEdgesExtensionpool"];
        /**
         * Update an extension pool by ID
         * @permissions ALL: `telephony:extensionPool:edit`
         */
        put: operations["putTelephonyProvidersEdgesExtensionpool"];
        post?: never;
        /**
         * Delete an extension pool by ID
         * @permissions ALL: `telephony:extensionPool:delete`
         */
        delete: operations["deleteTelephonyProvidersEdgesExtensionpool"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/extensionpools/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic extension pool objects filterable by query parameters.
         * @description This returns extension pools consisting of name and division. If one or more IDs are specified, the search will fetch extension pools that match the given ID(s) and not use any additional supplied query parameters in the search.
         * @permissions ALL: `telephony:extensionPool:search`
         */
        get: operations["getTelephonyProvidersEdgesExtensionpoolsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of extensions
         * @permissions ANY: `telephony:extensionPool:view`
         */
        get: operations["getTelephonyProvidersEdgesExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/extensions/{extensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an extension by ID.
         * @permissions ANY: `telephony:extensionPool:view`
         */
        get: operations["getTelephonyProvidersEdgesExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/linebasesettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a listing of line base settings objects
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesLinebasesettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/linebasesettings/{lineBaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a line base settings object by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesLinebasesetting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Lines
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/lines/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Line by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesLine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/lines/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Line instance template based on a Line Base Settings object. This object can then be modified and saved as a new Line instance
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesLinesTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/logicalinterfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get edge logical interfaces.
         * @description Retrieve the configured logical interfaces for a list edges. Only 100 edges can be requested at a time.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesLogicalinterfaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/mediastatistics/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get media endpoint statistics events.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:conversationDetail:view`
         */
        get: operations["getTelephonyProvidersEdgesMediastatisticsConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/mediastatistics/conversations/{conversationId}/communications/{communicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get media endpoint statistics event.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:conversationDetail:view`
         */
        get: operations["getTelephonyProvidersEdgesMediastatisticsConversationCommunication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the metrics for a list of edges.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/outboundroutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get outbound routes
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesOutboundroutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phonebasesettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Phone Base Settings objects
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhonebasesettings"];
        put?: never;
        /**
         * Create a new Phone Base Settings object
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesPhonebasesettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phonebasesettings/{phoneBaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Phone Base Settings object by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhonebasesetting"];
        /**
         * Update a Phone Base Settings by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesPhonebasesetting"];
        post?: never;
        /**
         * Delete a Phone Base Settings by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesPhonebasesetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phonebasesettings/availablemetabases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of available makes and models to create a new Phone Base Settings
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhonebasesettingsAvailablemetabases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phonebasesettings/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Phone Base Settings instance template from a given make and model. This object can then be modified and saved as a new Phone Base Settings instance
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhonebasesettingsTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Phone Instances. A maximum of 10,000 results is returned when filtering the results or sorting by a field other than the ID. Sorting by only the ID has no result limit. Each filter supports a wildcard, *, as a value to search for partial values.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhones"];
        put?: never;
        /**
         * Create a new Phone
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesPhones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phones/{phoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Phone by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhone"];
        /**
         * Update a Phone by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesPhone"];
        post?: never;
        /**
         * Delete a Phone by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesPhone"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phones/{phoneId}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot a Phone
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesPhoneReboot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phones/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot Multiple Phones
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesPhonesReboot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/phones/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Phone instance template based on a Phone Base Settings object. This object can then be modified and saved as a new Phone instance
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhonesTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/physicalinterfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get physical interfaces for edges.
         * @description Retrieves a list of all configured physical interfaces for a list of edges. Only 100 edges can be requested at a time.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesPhysicalinterfaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Sites.
         * @permissions none required
         */
        get: operations["getTelephonyProvidersEdgesSites"];
        put?: never;
        /**
         * Create a Site.
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesSites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Site by ID.
         * @permissions ANY: any one of `telephony:plugin:all`, `telephony:sites:view`
         */
        get: operations["getTelephonyProvidersEdgesSite"];
        /**
         * Update a Site by ID.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesSite"];
        post?: never;
        /**
         * Delete a Site by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesSite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}/numberplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Number Plans for this Site. Only fetches the first 200 records.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesSiteNumberplans"];
        /**
         * Update the list of Number Plans. A user can update maximum 200 number plans at a time.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesSiteNumberplans"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}/numberplans/{numberPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Number Plan by ID.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesSiteNumberplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}/numberplans/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Classifications for this Site
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesSiteNumberplansClassifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}/outboundroutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get outbound routes
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesSiteOutboundroutes"];
        put?: never;
        /**
         * Create outbound route
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesSiteOutboundroutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}/outboundroutes/{outboundRouteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an outbound route
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesSiteOutboundroute"];
        /**
         * Update outbound route
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesSiteOutboundroute"];
        post?: never;
        /**
         * Delete Outbound Route
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesSiteOutboundroute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/{siteId}/siteconnections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get site connections for a site.
         * @permissions ANY: any one of `telephony:plugin:all`, `telephony:sites:view`
         */
        get: operations["getTelephonyProvidersEdgesSiteSiteconnections"];
        /**
         * Update site connections for a site.
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesSiteSiteconnections"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable site connections for a site.
         * @permissions ANY: `telephony:plugin:all`
         */
        patch: operations["patchTelephonyProvidersEdgesSiteSiteconnections"];
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/sites/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search sites using the q64 value returned from a previous search
         * @permissions ANY: any one of `telephony:plugin:all`, `telephony:sites:view`
         */
        get: operations["getTelephonyProvidersEdgesSitesSearch"];
        put?: never;
        /**
         * Search sites
         * @permissions ANY: any one of `telephony:plugin:all`, `telephony:sites:view`
         */
        post: operations["postTelephonyProvidersEdgesSitesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/timezones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Edge-compatible time zones
         * @permissions none required
         */
        get: operations["getTelephonyProvidersEdgesTimezones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkbasesettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trunk Base Settings listing
         * @description Managed properties will not be returned unless the user is assigned the internal:trunk:edit permission.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunkbasesettings"];
        put?: never;
        /**
         * Create a Trunk Base Settings object
         * @permissions ANY: `telephony:plugin:all`
         */
        post: operations["postTelephonyProvidersEdgesTrunkbasesettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkbasesettings/{trunkBaseSettingsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Trunk Base Settings object by ID
         * @description Managed properties will not be returned unless the user is assigned the internal:trunk:edit permission.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunkbasesetting"];
        /**
         * Update a Trunk Base Settings object by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        put: operations["putTelephonyProvidersEdgesTrunkbasesetting"];
        post?: never;
        /**
         * Delete a Trunk Base Settings object by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        delete: operations["deleteTelephonyProvidersEdgesTrunkbasesetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkbasesettings/availablemetabases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of available makes and models to create a new Trunk Base Settings
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunkbasesettingsAvailablemetabases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkbasesettings/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search Trunk Base Settings
         * @description Managed properties will not be returned unless the user is assigned the internal:trunk:edit permission.
         *
         *     Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postTelephonyProvidersEdgesTrunkbasesettingsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkbasesettings/site/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trunk Base Settings listing for site
         * @description Managed properties will not be returned unless the user is assigned the internal:trunk:edit permission.
         *
         *     Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        get: operations["getTelephonyProvidersEdgesTrunkbasesettingsSiteSiteId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkbasesettings/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Trunk Base Settings instance template from a given make and model. This object can then be modified and saved as a new Trunk Base Settings instance
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunkbasesettingsTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of available trunks.
         * @description Trunks are created by assigning trunk base settings to an Edge or Edge Group.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunks/{trunkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Trunk by ID
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunks/{trunkId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the trunk metrics.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunkMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunks/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the metrics for a list of trunks.
         * @permissions ANY: `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunksMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for trunks
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postTelephonyProvidersEdgesTrunksSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/telephony/providers/edges/trunkswithrecording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Counts of trunks that have recording disabled or enabled
         * @permissions ANY: any one of `recording:retentionPolicy:view`, `telephony:plugin:all`
         */
        get: operations["getTelephonyProvidersEdgesTrunkswithrecording"];
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
        AlertablePresences: {
            alertablePresences: string[];
        };
        CertificateAuthorityEntityListing: {
            entities?: components["schemas"]["DomainCertificateAuthority"][];
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
        /** @description Represents the details of a parsed certificate. */
        CertificateDetails: {
            /**
             * Format: date-time
             * @description The expiration date of the certificate. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            expirationDate?: string;
            /** @description True if the certificate is expired, false otherwise. */
            expired?: boolean;
            /**
             * Format: date-time
             * @description The issue date of the certificate. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            issueDate?: string;
            /** @description Information about the issuer of the certificate.  The value of this property is a comma separated key=value format.  Each key is one of the attribute names supported by X.500. */
            issuer?: string;
            signatureValid?: boolean;
            /** @description Information about the subject of the certificate.  The value of this property is a comma separated key=value format.  Each key is one of the attribute names supported by X.500. */
            subject?: string;
            valid?: boolean;
        };
        ConnectedEdge: {
            edgeConnectionList?: components["schemas"]["EdgeConnectionInfo"][];
            id?: string;
            interfaceIpAddress?: string;
            interfaceName?: string;
            name?: string;
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
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DID: {
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
            didPool?: components["schemas"]["DomainEntityRef"];
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            owner?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            ownerType?: "USER" | "PHONE" | "IVR_CONFIG" | "GROUP" | (string & {});
            phoneNumber?: string;
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
        DIDEntityListing: {
            entities?: components["schemas"]["DID"][];
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
        DIDNumber: {
            assigned?: boolean;
            didPool?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            number?: string;
            owner?: components["schemas"]["DomainEntityRef"];
            ownerType?: string;
            selfUri?: string;
        };
        DIDNumberEntityListing: {
            entities?: components["schemas"]["DIDNumber"][];
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
        DIDPool: {
            comments?: string;
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
            division?: components["schemas"]["Division"];
            /** @description The ending phone number for the range of this DID pool. Must be in E.164 format */
            endPhoneNumber: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /**
             * @description The provider for this DID pool
             * @enum {string}
             */
            provider?: "PURE_CLOUD" | "PURE_CLOUD_VOICE" | (string & {});
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description The starting phone number for the range of this DID pool. Must be in E.164 format */
            startPhoneNumber: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        DIDPoolEntityListing: {
            entities?: components["schemas"]["DIDPool"][];
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
        DigitLength: {
            end?: string;
            start?: string;
        };
        DisableSiteConnectionsRequest: {
            enabled?: boolean;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainCapabilities: {
            /** @description True if the metric is being calculated automatically for the address family on this interface. */
            autoMetric?: boolean;
            /** @description True if this address family on the interface is using DHCP. */
            dhcp?: boolean;
            /** @description True if this address family on the interface is enabled. */
            enabled?: boolean;
            /**
             * Format: int32
             * @description The metric being used for the address family on this interface. Lower values will have a higher priority. If autoMetric is true, this value will be the automatically calculated metric. To set this value be sure autoMetric is false. If no value is returned, metric configuration is not supported on this Edge.
             */
            metric?: number;
            /** @description Set to true to enable this address family on this interface to respond to ping requests. */
            pingEnabled?: boolean;
            /** @description True if metric configuration is supported. */
            readonly supportsMetric?: boolean;
        };
        /** @description A certificate authority represents an organization that has issued a digital certificate for making secure connections with an edge device. */
        DomainCertificateAuthority: {
            /** @description The authorities signed X509 PEM encoded certificate. */
            certificate: string;
            /** @description The details of the parsed certificate(s). */
            certificateDetails?: components["schemas"]["CertificateDetails"][];
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description The service(s) that the authority can be used to authenticate. */
            services: ("SIP" | "PROVISION" | "PROVISION_PHONE" | (string & {}))[];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /**
             * @description The certificate authorities type.  Managed certificate authorities are generated and maintained by Interactive Intelligence.  These are read-only and not modifiable by clients.  Remote authorities are customer managed.
             * @enum {string}
             */
            type: "MANAGED" | "REMOTE" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        DomainEdgeSoftwareUpdateDto: {
            /** Format: int64 */
            callDrainingWaitTimeSeconds?: number;
            current?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            downloadStartTime?: string;
            /** Format: uri */
            edgeUri?: string;
            executeOnIdle?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            executeStartTime?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            executeStopTime?: string;
            /** Format: int32 */
            maxDownloadRate?: number;
            /** @enum {string} */
            status?: "NONE" | "INIT" | "IN_PROGRESS" | "EXPIRED" | "EXCEPTION" | "ABORTED" | "FAILED" | "SUCCEEDED" | "DELETE" | (string & {});
            version: components["schemas"]["DomainEdgeSoftwareVersionDto"];
        };
        DomainEdgeSoftwareVersionDto: {
            current?: boolean;
            /** Format: uri */
            edgeUri?: string;
            edgeVersion?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            latestRelease?: boolean;
            name?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            publishDate?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        DomainEdgeSoftwareVersionDtoEntityListing: {
            entities?: components["schemas"]["DomainEdgeSoftwareVersionDto"][];
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
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainLogicalInterface: {
            /** @description The list of IP addresses on this interface.  Priority of dns addresses are based on order in the list. */
            addresses?: components["schemas"]["DomainNetworkAddress"][];
            commandResponses?: components["schemas"]["DomainNetworkCommandResponse"][];
            createdBy?: string;
            createdByApp?: string;
            /** @enum {string} */
            currentState?: "INIT" | "CREATING" | "UPDATING" | "OK" | "EXCEPTION" | "DELETING" | (string & {});
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
            division?: components["schemas"]["Division"];
            edgeAssignedId?: string;
            /** Format: uri */
            edgeUri?: string;
            endDate?: string;
            /** @description External trunk base settings to use for external communication from this interface. */
            externalTrunkBaseAssignments?: components["schemas"]["TrunkBaseAssignment"][];
            /** @description Friendly Name */
            friendlyName: string;
            /** @description Hardware Address */
            hardwareAddress: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            ifStatus?: string;
            /** @description The IPv4 phone trunk base assignment will be inherited from the Edge Group. */
            inheritPhoneTrunkBasesIPv4?: boolean;
            /** @description The IPv6 phone trunk base assignment will be inherited from the Edge Group. */
            inheritPhoneTrunkBasesIPv6?: boolean;
            /**
             * @description The type of this network interface.
             * @enum {string}
             */
            readonly interfaceType?: "DIAGNOSTIC" | "SYSTEM" | (string & {});
            ipv4Capabilities?: components["schemas"]["DomainCapabilities"];
            ipv6Capabilities?: components["schemas"]["DomainCapabilities"];
            lastModifiedCorrelationId?: string;
            lastModifiedUserId?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /** @description Phone trunk base settings to use for phone communication from this interface.  These settings will be ignored when "inheritPhoneTrunkBases" is true. */
            phoneTrunkBaseAssignments?: components["schemas"]["TrunkBaseAssignment"][];
            /** @description Physical Adapter Id */
            physicalAdapterId: string;
            publicNatAddressIpV4?: string;
            publicNatAddressIpV6?: string;
            /** @description The list of routes assigned to this interface. */
            routes?: components["schemas"]["DomainNetworkRoute"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            startDate?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            traceEnabled?: boolean;
            useForCloudProxyEdgeCommunication?: boolean;
            useForIndirectEdgeCommunication?: boolean;
            /** @description This interface will be used for all internal edge-to-edge communication using settings from the edgeTrunkBaseAssignment on the Edge Group. */
            useForInternalEdgeCommunication?: boolean;
            useForWanInterface?: boolean;
            /** Format: int32 */
            version?: number;
            /** Format: int32 */
            vlanTagId?: number;
        };
        DomainNetworkAddress: {
            /** @description An IPv4 or IPv6 IP address. When specifying an address of type "ip", use CIDR format for the subnet mask. */
            address?: string;
            /**
             * Format: int32
             * @description The address family for this address.
             */
            family?: number;
            /** @description True if this address will persist on Edge restart.  Addresses assigned by DHCP will be returned as false. */
            persistent?: boolean;
            /**
             * @description The type of address.
             * @enum {string}
             */
            type?: "ip" | "dns" | "gateway" | "tdm" | (string & {});
        };
        DomainNetworkCommandResponse: {
            acknowledged?: boolean;
            commandName?: string;
            correlationId?: string;
            errorInfo?: components["schemas"]["ErrorDetails"];
        };
        DomainNetworkRoute: {
            /**
             * Format: int32
             * @description The address family for this route.
             */
            family?: number;
            /**
             * Format: int32
             * @description The metric being used for route. Lower values will have a higher priority.
             */
            metric?: number;
            /** @description The IPv4 or IPv6 nexthop IP address. */
            nexthop?: string;
            /** @description True if this route will persist on Edge restart.  Routes assigned by DHCP will be returned as false. */
            persistent?: boolean;
            /** @description The IPv4 or IPv6 route prefix in CIDR notation. */
            prefix?: string;
        };
        DomainPhysicalCapabilities: {
            team?: boolean;
            vlan?: boolean;
        };
        DomainPhysicalInterface: {
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
            division?: components["schemas"]["Division"];
            /** Format: uri */
            edgeUri?: string;
            friendlyName?: string;
            hardwareAddress?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            physicalCapabilities?: components["schemas"]["DomainPhysicalCapabilities"];
            portLabel?: string;
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
        Edge: {
            apiVersion?: string;
            /** @enum {string} */
            callDrainingState?: "NONE" | "WAIT" | "WAIT_TIMEOUT" | "TERMINATE" | "COMPLETE" | (string & {});
            certType?: string;
            /** Format: int32 */
            conversationCount?: number;
            createdBy?: string;
            createdByApp?: string;
            currentVersion?: string;
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
            division?: components["schemas"]["Division"];
            /** @enum {string} */
            edgeDeploymentType?: "HARDWARE" | "LDM" | "CDM" | "INVALID" | (string & {});
            edgeGroup?: components["schemas"]["EdgeGroup"];
            fingerprint?: string;
            fingerprintHint?: string;
            fullSoftwareVersion?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The list of interfaces for the edge. (Deprecated) Replaced by configuring trunks/ip info on the logical interface instead */
            interfaces?: components["schemas"]["EdgeInterface"][];
            make?: string;
            managed?: boolean;
            model?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /** @description True if the offline edge configuration endpoint has been called for this edge. */
            readonly offlineConfigCalled?: boolean;
            /** @enum {string} */
            onlineStatus?: "ONLINE" | "OFFLINE" | (string & {});
            /** @description The name provided by the operating system of the Edge. */
            readonly osName?: string;
            /** @description The pairing Id for a hardware Edge in the format: 00000-00000-00000-00000-00000. This field is only required when creating an Edge with a deployment type of HARDWARE. */
            pairingId?: string;
            patch?: string;
            physicalEdge?: boolean;
            /** @description Edge HTTP proxy configuration for the WAN port. The field can be a hostname, FQDN, IPv4 or IPv6 address. If port is not included, port 80 is assumed. */
            proxy?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            serialNumber?: string;
            site?: components["schemas"]["Site"];
            softwareStatus?: components["schemas"]["DomainEdgeSoftwareUpdateDto"];
            softwareVersion?: string;
            softwareVersionConfiguration?: string;
            softwareVersionPlatform?: string;
            softwareVersionTimestamp?: string;
            stagedVersion?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** @enum {string} */
            statusCode?: "NEW" | "AWAITING_CONNECTION" | "AWAITING_FINGERPRINT" | "AWAITING_FINGERPRINT_VERIFICATION" | "FINGERPRINT_VERIFIED" | "AWAITING_BOOTSTRAP" | "ACTIVE" | "INACTIVE" | "RMA" | "UNPAIRING" | "UNPAIRED" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        EdgeAutoUpdateConfig: {
            /**
             * Format: local-date-time
             * @description Date time is represented as an ISO-8601 string without a timezone. For example: yyyy-MM-ddTHH:mm:ss.SSS
             */
            end: string;
            rrule: string;
            /**
             * Format: local-date-time
             * @description Date time is represented as an ISO-8601 string without a timezone. For example: yyyy-MM-ddTHH:mm:ss.SSS
             */
            start: string;
            timeZone: string;
        };
        EdgeConnectionInfo: {
            connectionErrors?: string[];
            id?: string;
            interfaceIpAddress?: string;
            interfaceName?: string;
            name?: string;
            selfUri?: string;
            site?: components["schemas"]["AddressableEntityRef"];
        };
        EdgeEntityListing: {
            entities?: components["schemas"]["Edge"][];
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
        EdgeGroup: {
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
            division?: components["schemas"]["Division"];
            edgeTrunkBaseAssignment: components["schemas"]["TrunkBaseAssignment"];
            hybrid?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description Is this edge group being managed remotely. */
            managed?: boolean;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /** @description Trunk base settings of trunkType "PHONE" to inherit to edge logical interface for phone communication. */
            phoneTrunkBases: components["schemas"]["TrunkBase"][];
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
        EdgeGroupEntityListing: {
            entities?: components["schemas"]["EdgeGroup"][];
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
        EdgeInterface: {
            addressFamilyId?: string;
            endpoints?: components["schemas"]["DomainEntityRef"][];
            ifName?: string;
            ipAddress?: string;
            lineTypes?: ("TIE" | "NETWORK" | "TRUNK" | "STATION" | (string & {}))[];
            macAddress?: string;
            name?: string;
            type?: string;
        };
        EdgeLogsJob: {
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
            division?: components["schemas"]["Division"];
            /** @description The files available to upload from the Edge to the cloud. */
            files?: components["schemas"]["EdgeLogsJobFile"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
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
        EdgeLogsJobFile: {
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
            division?: components["schemas"]["Division"];
            /** @description The download ID to use with the downloads API. */
            downloadId?: string;
            /**
             * Format: uri
             * @description The path of this file on the Edge.
             */
            edgePath?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: double
             * @description The size of this file in bytes.
             */
            sizeBytes?: number;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            timeCreated?: string;
            /**
             * Format: date-time
             * @description The time this log file was last modified on the Edge. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            timeModified?: string;
            /**
             * @description The status of the upload of this file from the Edge to the cloud.  Use /upload to start an upload.
             * @enum {string}
             */
            uploadStatus?: "UPLOADING" | "NOT_UPLOADED" | "UPLOADED" | "ERROR_ON_UPLOAD" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        EdgeLogsJobRequest: {
            /** @description A relative directory to the root Edge log folder to query from. */
            path?: string;
            /** @description The pattern to use when searching for logs, which may include the wildcards {*, ?}.  Multiple search patterns may be combined using a pipe '|' as a delimiter. */
            query?: string;
            /** @description Boolean whether or not to recurse into directories. */
            recurse?: boolean;
        };
        EdgeLogsJobResponse: {
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
            division?: components["schemas"]["Division"];
            /** @description The created job id. */
            id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
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
        EdgeLogsJobUploadRequest: {
            /** @description A list of file ids to upload. */
            fileIds: string[];
        };
        EdgeMetrics: {
            disks?: components["schemas"]["EdgeMetricsDisk"][];
            edge?: components["schemas"]["DomainEntityRef"];
            eventTime?: string;
            memory?: components["schemas"]["EdgeMetricsMemory"][];
            networks?: components["schemas"]["EdgeMetricsNetwork"][];
            processors?: components["schemas"]["EdgeMetricsProcessor"][];
            subsystems?: components["schemas"]["EdgeMetricsSubsystem"][];
            upTimeMsec?: number;
        };
        EdgeMetricsDisk: {
            availableBytes?: number;
            partitionName?: string;
            totalBytes?: number;
        };
        EdgeMetricsMemory: {
            availableBytes?: number;
            totalBytes?: number;
            type?: string;
        };
        EdgeMetricsNetwork: {
            bandwidthBitsPerSec?: number;
            ifname?: string;
            receivedBytesPerSec?: number;
            sentBytesPerSec?: number;
            utilizationPct?: number;
        };
        EdgeMetricsProcessor: {
            activeTimePct?: number;
            cpuId?: string;
            idleTimePct?: number;
            privilegedTimePct?: number;
            userTimePct?: number;
        };
        EdgeMetricsSubsystem: {
            delayMs?: number;
            mediaSubsystem?: components["schemas"]["EdgeMetricsSubsystem"];
            processName?: string;
        };
        EdgeNetworkDiagnostic: {
            id?: string;
            selfUri?: string;
        };
        EdgeNetworkDiagnosticRequest: {
            host: string;
        };
        EdgeNetworkDiagnosticResponse: {
            commandCorrelationId?: string;
            diagnostics?: string;
        };
        EdgeOfflineConfiguration: {
            certType?: string;
            network: components["schemas"]["EdgeOfflineConfigurationNetwork"];
            pairingId: string;
            proxy?: string;
            site?: components["schemas"]["DomainEntityRef"];
            useVerificationCode?: boolean;
        };
        EdgeOfflineConfigurationInterface: {
            addresses?: components["schemas"]["DomainNetworkAddress"][];
            ipv4Capabilities?: components["schemas"]["DomainCapabilities"];
            ipv6Capabilities?: components["schemas"]["DomainCapabilities"];
            routes?: components["schemas"]["DomainNetworkRoute"][];
        };
        EdgeOfflineConfigurationNetwork: {
            wan?: components["schemas"]["EdgeOfflineConfigurationInterface"];
        };
        EdgeOfflineConfigurationResponse: {
            downloadUrl?: string;
        };
        EdgeRebootParameters: {
            /**
             * Format: int32
             * @description The number of seconds to wait for call draining to complete before initiating the reboot. A value of 0 will prevent call draining and all calls will disconnect immediately.
             */
            callDrainingWaitTimeSeconds?: number;
        };
        EdgeServiceStateRequest: {
            /**
             * Format: int32
             * @description The number of seconds to wait for call draining to complete before initiating the reboot. A value of 0 will prevent call draining and all calls will disconnect immediately.
             */
            callDrainingWaitTimeSeconds?: number;
            /** @description A boolean that sets the Edge in-service or out-of-service. */
            inService: boolean;
        };
        EdgeTrunkBase: {
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inboundSite?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            trunkMetabase: components["schemas"]["DomainEntityRef"];
            /**
             * @description The type of this trunk base.
             * @enum {string}
             */
            trunkType: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        EdgeVersionInformation: {
            softwareVersion?: string;
        };
        EdgeVersionReport: {
            newestVersion?: components["schemas"]["EdgeVersionInformation"];
            oldestVersion?: components["schemas"]["EdgeVersionInformation"];
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
        ErrorDetails: {
            code?: string;
            contextId?: string;
            /** Format: uri */
            details?: string;
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            nested?: components["schemas"]["ErrorDetails"];
            /** Format: int32 */
            status?: number;
        };
        ExpiredEdgeListing: {
            entities?: components["schemas"]["DomainEntityRef"][];
        };
        Extension: {
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
            division?: components["schemas"]["Division"];
            extensionPool?: components["schemas"]["DomainEntityRef"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            number?: string;
            owner?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            ownerType?: "USER" | "PHONE" | "IVR_CONFIG" | "GROUP" | (string & {});
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
        ExtensionEntityListing: {
            entities?: components["schemas"]["Extension"][];
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
        ExtensionPool: {
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
            division?: components["schemas"]["Division"];
            /** @description The ending phone number for the range of this Extension pool. Must be in E.164 format */
            endNumber?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description The starting phone number for the range of this Extension pool. Must be in E.164 format */
            startNumber?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        ExtensionPoolDivisionView: {
            division?: components["schemas"]["Division"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        ExtensionPoolDivisionViewEntityListing: {
            entities?: components["schemas"]["ExtensionPoolDivisionView"][];
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
        ExtensionPoolEntityListing: {
            entities?: components["schemas"]["ExtensionPool"][];
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        Line: {
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
            defaultForUser?: components["schemas"]["DomainEntityRef"];
            description?: string;
            division?: components["schemas"]["Division"];
            edgeGroup?: components["schemas"]["DomainEntityRef"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            lineBaseSettings?: components["schemas"]["DomainEntityRef"];
            loggedInUser?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            primaryEdge?: components["schemas"]["Edge"];
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            secondaryEdge?: components["schemas"]["Edge"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            template?: components["schemas"]["DomainEntityRef"];
            /** Format: int32 */
            version?: number;
        };
        LineBase: {
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            lineMetaBase?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
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
        LineBaseEntityListing: {
            entities?: components["schemas"]["LineBase"][];
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
        LineEntityListing: {
            entities?: components["schemas"]["Line"][];
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
        LineStatus: {
            /** @description The line's address of record. */
            addressOfRecord?: string;
            /** @description The addresses used to contact the line. */
            contactAddresses?: string[];
            /** @description The id of this line */
            id?: string;
            /** @description Indicates whether the edge can reach the line. */
            reachable?: boolean;
            /**
             * Format: date-time
             * @description The time the line entered its current reachable state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            reachableStateTime?: string;
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
        LogicalInterfaceEntityListing: {
            entities?: components["schemas"]["DomainLogicalInterface"][];
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
        MediaEndpointStatistics: {
            clientInfo?: components["schemas"]["MediaStatisticsClientInfo"];
            dateCreated?: string;
            dateProcessed?: string;
            ice?: components["schemas"]["MediaIceStatistics"];
            reconnectAttempts?: number;
            rtp?: components["schemas"]["MediaRtpStatistics"];
            sourceType?: string;
            station?: components["schemas"]["NamedEntity"];
            trunk?: components["schemas"]["MediaStatisticsTrunkInfo"];
            user?: components["schemas"]["NamedEntity"];
        };
        MediaIceSelectedCandidate: {
            address?: string;
            type?: string;
        };
        MediaIceSelectedPair: {
            candidatePairSelectedMilliseconds?: number;
            client?: components["schemas"]["MediaIceSelectedCandidate"];
            server?: components["schemas"]["MediaIceSelectedCandidate"];
        };
        MediaIceStatistics: {
            selectedPairs?: components["schemas"]["MediaIceSelectedPair"][];
        };
        MediaRtpStatistics: {
            averageJitter?: number;
            estimatedAverageMos?: number;
            packetsReceived?: number;
            packetsSent?: number;
            rtpEventsReceived?: number;
            rtpEventsSent?: number;
        };
        MediaStatistics: {
            communicationId?: string;
            creationMilliseconds?: number;
            dateStart?: string;
            effectiveRegion?: string;
            mediaStatistics?: components["schemas"]["MediaEndpointStatistics"][];
            preferredRegion?: string;
        };
        MediaStatisticsClientInfo: {
            originAppId?: string;
            originAppName?: string;
            originAppVersion?: string;
        };
        MediaStatisticsListing: {
            entities?: components["schemas"]["MediaStatistics"][];
        };
        MediaStatisticsTrunkInfo: {
            id?: string;
            name?: string;
            type?: string;
        };
        Metabase: {
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            type?: string;
            /** Format: int32 */
            version?: number;
        };
        MetaData: {
            "pairing-token"?: string;
            "pairing-trust"?: string[];
            "pairing-url"?: string;
        };
        NamedEntity: {
            id?: string;
            name?: string;
        };
        NTPSettings: {
            servers?: string[];
        };
        Number: {
            end?: string;
            start?: string;
        };
        NumberPlan: {
            classification?: string;
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
            digitLength?: components["schemas"]["DigitLength"];
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            match?: string;
            matchType?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            normalizedFormat?: string;
            numbers?: components["schemas"]["Number"][];
            /** Format: int32 */
            priority?: number;
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
        OutboundRoute: {
            /** @description The site associated to the outbound route. */
            classificationTypes: string[];
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
            /** @enum {string} */
            distribution?: "SEQUENTIAL" | "RANDOM" | (string & {});
            division?: components["schemas"]["Division"];
            enabled?: boolean;
            /** @description Trunk base settings of trunkType "EXTERNAL".  This base must also be set on an edge logical interface for correct routing. */
            externalTrunkBases?: components["schemas"]["DomainEntityRef"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description Is this outbound route being managed remotely. */
            readonly managed?: boolean;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site?: components["schemas"]["Site"];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        OutboundRouteBase: {
            /** @description The site associated to the outbound route. */
            classificationTypes: string[];
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
            /** @enum {string} */
            distribution?: "SEQUENTIAL" | "RANDOM" | (string & {});
            division?: components["schemas"]["Division"];
            enabled?: boolean;
            /** @description Trunk base settings of trunkType "EXTERNAL".  This base must also be set on an edge logical interface for correct routing. */
            externalTrunkBases?: components["schemas"]["DomainEntityRef"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
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
        OutboundRouteBaseEntityListing: {
            entities?: components["schemas"]["OutboundRouteBase"][];
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
        OutboundRouteEntityListing: {
            entities?: components["schemas"]["OutboundRoute"][];
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
        Phone: {
            capabilities?: components["schemas"]["PhoneCapabilities"];
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            lineBaseSettings?: components["schemas"]["DomainEntityRef"];
            /** @description Lines */
            lines: components["schemas"]["Line"][];
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            phoneBaseSettings: components["schemas"]["PhoneBaseSettings"];
            phoneMetaBase?: components["schemas"]["DomainEntityRef"];
            primaryEdge?: components["schemas"]["Edge"];
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            secondaryEdge?: components["schemas"]["Edge"];
            secondaryStatus?: components["schemas"]["PhoneStatus"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site: components["schemas"]["DomainEntityRef"];
            standAlone?: boolean;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            status?: components["schemas"]["PhoneStatus"];
            userAgentInfo?: components["schemas"]["UserAgentInfo"];
            /** Format: int32 */
            version?: number;
            webRtcUser?: components["schemas"]["DomainEntityRef"];
        };
        PhoneBase: {
            capabilities?: components["schemas"]["PhoneCapabilities"];
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The list of linebases associated with the phone base. */
            lines: components["schemas"]["LineBase"][];
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            phoneMetaBase: components["schemas"]["DomainEntityRef"];
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
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
        PhoneBaseEntityListing: {
            entities?: components["schemas"]["PhoneBase"][];
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
        PhoneBaseSettings: {
            id: string;
            name?: string;
            selfUri?: string;
        };
        PhoneCapabilities: {
            allowReboot?: boolean;
            cdm?: boolean;
            dualRegisters?: boolean;
            hardwareIdType?: string;
            mediaCodecs?: string[];
            noCloudProvisioning?: boolean;
            noRebalance?: boolean;
            provisions?: boolean;
            registers?: boolean;
        };
        PhoneEntityListing: {
            entities?: components["schemas"]["Phone"][];
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
        PhoneMetaBaseEntityListing: {
            entities?: components["schemas"]["Metabase"][];
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
        PhonesReboot: {
            /** @description The list of phone Ids to reboot. */
            phoneIds?: string[];
            /**
             * @description ID of the site for which to reboot all phones at that site.
             *     no.active.edge and phone.cannot.resolve errors are ignored.
             */
            siteId?: string;
        };
        PhoneStatus: {
            edge?: components["schemas"]["DomainEntityRef"];
            /**
             * @description The status of the primary or secondary Edges assigned to the phone lines.
             * @enum {string}
             */
            edgesStatus?: "IN_SERVICE" | "MIXED_SERVICE" | "OUT_OF_SERVICE" | "NO_EDGES" | (string & {});
            /** @description Event Creation Time represents an ISO-8601 string. For example: UTC, UTC+01:00, or Europe/London */
            eventCreationTime?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description A list of LineStatus information for each of the lines of this phone */
            lineStatuses?: components["schemas"]["LineStatus"][];
            /**
             * @description The Operational Status of this phone
             * @enum {string}
             */
            operationalStatus?: "OPERATIONAL" | "DEGRADED" | "OFFLINE" | (string & {});
            /**
             * @description The phone status's edge assignment type.
             * @enum {string}
             */
            phoneAssignmentToEdgeType?: "PRIMARY" | "SECONDARY" | (string & {});
            provision?: components["schemas"]["ProvisionInfo"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        PhysicalInterfaceEntityListing: {
            entities?: components["schemas"]["DomainPhysicalInterface"][];
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
        ProvisionInfo: {
            /** @description The error information from the provision process, if any */
            errorInfo?: string;
            /** @description The source of the provisioning */
            source?: string;
            /**
             * Format: date-time
             * @description The time at which this phone was provisioned. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            time?: string;
        };
        RegionTimeZone: {
            canonicalId?: string;
            id?: string;
            name?: string;
            offset?: number;
            selfUri?: string;
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
        Site: {
            addresses?: components["schemas"]["Contact"][];
            callerId?: string;
            callerName?: string;
            cloudProxyForceTurn?: boolean;
            coreSite?: boolean;
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
            division?: components["schemas"]["Division"];
            edgeAutoUpdateConfig?: components["schemas"]["EdgeAutoUpdateConfig"];
            edges?: components["schemas"]["Edge"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            location: components["schemas"]["LocationDefinition"];
            managed?: boolean;
            mediaModel?: string;
            mediaRegions?: string[];
            mediaRegionsUseLatencyBased?: boolean;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            ntpSettings?: components["schemas"]["NTPSettings"];
            primaryEdges?: components["schemas"]["Edge"][];
            primarySites?: components["schemas"]["DomainEntityRef"][];
            secondaryEdges?: components["schemas"]["Edge"][];
            secondarySites?: components["schemas"]["DomainEntityRef"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            siteConnections?: components["schemas"]["SiteConnection"][];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        SiteConnection: {
            coreSite?: boolean;
            edgeList?: components["schemas"]["ConnectedEdge"][];
            enabled?: boolean;
            id?: string;
            managed?: boolean;
            mediaModel?: string;
            name?: string;
            primaryCoreSites?: components["schemas"]["DomainEntityRef"][];
            secondaryCoreSites?: components["schemas"]["DomainEntityRef"][];
            selfUri?: string;
            type?: string;
        };
        SiteConnections: {
            id?: string;
            name?: string;
            selfUri?: string;
            siteConnections?: components["schemas"]["SiteConnection"][];
        };
        SiteEntityListing: {
            entities?: components["schemas"]["Site"][];
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
        SiteSearchCriteria: {
            dateFormat?: string;
            endValue?: string;
            fields?: string[];
            group?: components["schemas"]["SiteSearchCriteria"][];
            operator?: string;
            startValue?: string;
            type: string;
            value?: string;
            values?: string[];
        };
        SiteSearchRequest: {
            expand?: string[];
            pageNumber?: number;
            pageSize?: number;
            query?: components["schemas"]["SiteSearchCriteria"][];
            sort?: components["schemas"]["SearchSort"][];
            sortBy?: string;
            sortOrder?: string;
        };
        SitesSearchResponse: {
            currentPage?: string;
            nextPage?: string;
            pageCount: number;
            pageNumber: number;
            pageSize: number;
            previousPage?: string;
            results: components["schemas"]["Site"][];
            total: number;
            types: string[];
        };
        StreetAddress: {
            /** @description State or Province */
            A1: string;
            /** @description City or township */
            A3: string;
            /** @description 2 Letter Country code, like US or GB */
            country: string;
            HNO: string;
            LOC?: string;
            NAM?: string;
            PC: string;
            RD: string;
        };
        SubscriberResponse: {
            /** @description Suggested valid addresses */
            messageReturned?: string[];
            /** @description http status */
            status: string;
        };
        TelephonySearchCriteria: {
            dateFormat?: string;
            endValue?: string;
            fields?: string[];
            group?: components["schemas"]["TelephonySearchCriteria"][];
            operator?: string;
            startValue?: string;
            type: string;
            value?: string;
            values?: string[];
        };
        TelephonySearchRequest: {
            expand?: string[];
            pageNumber?: number;
            pageSize?: number;
            query?: components["schemas"]["TelephonySearchCriteria"][];
            sort?: components["schemas"]["SearchSort"][];
            sortBy?: string;
            sortOrder?: string;
        };
        TimeZoneEntityListing: {
            entities?: components["schemas"]["RegionTimeZone"][];
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
        Trunk: {
            connectedStatus?: components["schemas"]["TrunkConnectedStatus"];
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
            division?: components["schemas"]["Division"];
            edge?: components["schemas"]["DomainEntityRef"];
            edgeGroup?: components["schemas"]["DomainEntityRef"];
            /** @description True if the Edge used by this trunk is in-service */
            enabled?: boolean;
            family?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description True if this trunk is in-service.  This comes from the trunk_enabled property of the referenced trunk base. */
            readonly inService?: boolean;
            ipStatus?: components["schemas"]["TrunkMetricsNetworkTypeIp"];
            logicalInterface?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            optionsEnabledStatus?: string;
            optionsStatus?: components["schemas"]["TrunkMetricsOptions"][];
            proxyAddressList?: string[];
            registersEnabledStatus?: string;
            registersStatus?: components["schemas"]["TrunkMetricsRegisters"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            trunkBase?: components["schemas"]["DomainEntityRef"];
            trunkMetabase?: components["schemas"]["DomainEntityRef"];
            /**
             * @description The type of this trunk.
             * @enum {string}
             */
            trunkType?: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        TrunkBase: {
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
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inboundSite?: components["schemas"]["DomainEntityRef"];
            /** @description Is this trunk being managed remotely. This property is synchronized with the managed property of the Edge Group to which it is assigned. */
            managed?: boolean;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            trunkMetabase: components["schemas"]["DomainEntityRef"];
            /**
             * @description The type of this trunk base.
             * @enum {string}
             */
            trunkType: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        TrunkBaseAssignment: {
            /**
             * Format: int32
             * @description The address family to use with the trunk base settings. 2=IPv4, 23=IPv6
             */
            family?: number;
            trunkBase?: components["schemas"]["TrunkBase"];
        };
        TrunkBaseEntityListing: {
            entities?: components["schemas"]["TrunkBase"][];
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
        TrunkBasesSearchResponse: {
            currentPage?: string;
            nextPage?: string;
            pageCount: number;
            pageNumber: number;
            pageSize: number;
            previousPage?: string;
            results: components["schemas"]["TrunkBase"][];
            total: number;
            types: string[];
        };
        TrunkConnectedStatus: {
            connected?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedStateTime?: string;
        };
        TrunkEntityListing: {
            entities?: components["schemas"]["Trunk"][];
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
        TrunkErrorInfo: {
            code?: string;
            details?: components["schemas"]["TrunkErrorInfoDetails"];
            text?: string;
        };
        TrunkErrorInfoDetails: {
            code?: string;
            hostname?: string;
            message?: string;
        };
        TrunkInstanceSearchResponse: {
            currentPage?: string;
            nextPage?: string;
            pageCount: number;
            pageNumber: number;
            pageSize: number;
            previousPage?: string;
            results: components["schemas"]["Trunk"][];
            total: number;
            types: string[];
        };
        TrunkMetabaseEntityListing: {
            entities?: components["schemas"]["Metabase"][];
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
        TrunkMetrics: {
            calls?: components["schemas"]["TrunkMetricsCalls"];
            eventTime?: string;
            logicalInterface?: components["schemas"]["DomainEntityRef"];
            qos?: components["schemas"]["TrunkMetricsQoS"];
            trunk?: components["schemas"]["DomainEntityRef"];
        };
        TrunkMetricsCalls: {
            inboundCallCount?: number;
            outboundCallCount?: number;
        };
        TrunkMetricsNetworkTypeIp: {
            /** @description Assigned IP Address for the interface */
            address?: string;
            errorInfo?: components["schemas"]["TrunkErrorInfo"];
        };
        TrunkMetricsOptions: {
            errorInfo?: components["schemas"]["TrunkErrorInfo"];
            optionState?: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 format UTC absolute date & time of the last change of the option state.
             */
            optionStateTime?: string;
            /** @description Server proxy address that this options array element represents. */
            proxyAddress?: string;
        };
        TrunkMetricsQoS: {
            mismatchCount: number;
        };
        TrunkMetricsRegisters: {
            errorInfo?: components["schemas"]["TrunkErrorInfo"];
            /** @description Server proxy address that this registers array element represents. */
            proxyAddress?: string;
            /** @description True if last REGISTER message had positive response; false if error response or no response. */
            registerState?: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 format UTC absolute date & time of the last change of the register state.
             */
            registerStateTime?: string;
        };
        TrunkRecordingEnabledCount: {
            /**
             * Format: int32
             * @description The amount of trunks that do not have recording enabled
             */
            disabledCount?: number;
            /**
             * Format: int32
             * @description The amount of trunks that have recording enabled
             */
            enabledCount?: number;
        };
        UserAgentInfo: {
            /** @description The firmware version of the phone. */
            firmwareVersion?: string;
            /** @description The manufacturer of the phone. */
            manufacturer?: string;
            /** @description The model of the phone. */
            model?: string;
        };
        ValidateAddressRequest: {
            address?: components["schemas"]["StreetAddress"];
        };
        ValidateAddressResponse: {
            response?: components["schemas"]["SubscriberResponse"];
            /** @description Was the passed in address valid */
            valid: boolean;
        };
        VmPairingInfo: {
            "auth-token"?: string;
            "edge-id"?: string;
            "meta-data"?: components["schemas"]["MetaData"];
            "org-id"?: string;
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
export type SchemaAlertablePresences = components['schemas']['AlertablePresences'];
export type SchemaCertificateAuthorityEntityListing = components['schemas']['CertificateAuthorityEntityListing'];
export type SchemaCertificateDetails = components['schemas']['CertificateDetails'];
export type SchemaConnectedEdge = components['schemas']['ConnectedEdge'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDid = components['schemas']['DID'];
export type SchemaDidEntityListing = components['schemas']['DIDEntityListing'];
export type SchemaDidNumber = components['schemas']['DIDNumber'];
export type SchemaDidNumberEntityListing = components['schemas']['DIDNumberEntityListing'];
export type SchemaDidPool = components['schemas']['DIDPool'];
export type SchemaDidPoolEntityListing = components['schemas']['DIDPoolEntityListing'];
export type SchemaDigitLength = components['schemas']['DigitLength'];
export type SchemaDisableSiteConnectionsRequest = components['schemas']['DisableSiteConnectionsRequest'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainCapabilities = components['schemas']['DomainCapabilities'];
export type SchemaDomainCertificateAuthority = components['schemas']['DomainCertificateAuthority'];
export type SchemaDomainEdgeSoftwareUpdateDto = components['schemas']['DomainEdgeSoftwareUpdateDto'];
export type SchemaDomainEdgeSoftwareVersionDto = components['schemas']['DomainEdgeSoftwareVersionDto'];
export type SchemaDomainEdgeSoftwareVersionDtoEntityListing = components['schemas']['DomainEdgeSoftwareVersionDtoEntityListing'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainLogicalInterface = components['schemas']['DomainLogicalInterface'];
export type SchemaDomainNetworkAddress = components['schemas']['DomainNetworkAddress'];
export type SchemaDomainNetworkCommandResponse = components['schemas']['DomainNetworkCommandResponse'];
export type SchemaDomainNetworkRoute = components['schemas']['DomainNetworkRoute'];
export type SchemaDomainPhysicalCapabilities = components['schemas']['DomainPhysicalCapabilities'];
export type SchemaDomainPhysicalInterface = components['schemas']['DomainPhysicalInterface'];
export type SchemaEdge = components['schemas']['Edge'];
export type SchemaEdgeAutoUpdateConfig = components['schemas']['EdgeAutoUpdateConfig'];
export type SchemaEdgeConnectionInfo = components['schemas']['EdgeConnectionInfo'];
export type SchemaEdgeEntityListing = components['schemas']['EdgeEntityListing'];
export type SchemaEdgeGroup = components['schemas']['EdgeGroup'];
export type SchemaEdgeGroupEntityListing = components['schemas']['EdgeGroupEntityListing'];
export type SchemaEdgeInterface = components['schemas']['EdgeInterface'];
export type SchemaEdgeLogsJob = components['schemas']['EdgeLogsJob'];
export type SchemaEdgeLogsJobFile = components['schemas']['EdgeLogsJobFile'];
export type SchemaEdgeLogsJobRequest = components['schemas']['EdgeLogsJobRequest'];
export type SchemaEdgeLogsJobResponse = components['schemas']['EdgeLogsJobResponse'];
export type SchemaEdgeLogsJobUploadRequest = components['schemas']['EdgeLogsJobUploadRequest'];
export type SchemaEdgeMetrics = components['schemas']['EdgeMetrics'];
export type SchemaEdgeMetricsDisk = components['schemas']['EdgeMetricsDisk'];
export type SchemaEdgeMetricsMemory = components['schemas']['EdgeMetricsMemory'];
export type SchemaEdgeMetricsNetwork = components['schemas']['EdgeMetricsNetwork'];
export type SchemaEdgeMetricsProcessor = components['schemas']['EdgeMetricsProcessor'];
export type SchemaEdgeMetricsSubsystem = components['schemas']['EdgeMetricsSubsystem'];
export type SchemaEdgeNetworkDiagnostic = components['schemas']['EdgeNetworkDiagnostic'];
export type SchemaEdgeNetworkDiagnosticRequest = components['schemas']['EdgeNetworkDiagnosticRequest'];
export type SchemaEdgeNetworkDiagnosticResponse = components['schemas']['EdgeNetworkDiagnosticResponse'];
export type SchemaEdgeOfflineConfiguration = components['schemas']['EdgeOfflineConfiguration'];
export type SchemaEdgeOfflineConfigurationInterface = components['schemas']['EdgeOfflineConfigurationInterface'];
export type SchemaEdgeOfflineConfigurationNetwork = components['schemas']['EdgeOfflineConfigurationNetwork'];
export type SchemaEdgeOfflineConfigurationResponse = components['schemas']['EdgeOfflineConfigurationResponse'];
export type SchemaEdgeRebootParameters = components['schemas']['EdgeRebootParameters'];
export type SchemaEdgeServiceStateRequest = components['schemas']['EdgeServiceStateRequest'];
export type SchemaEdgeTrunkBase = components['schemas']['EdgeTrunkBase'];
export type SchemaEdgeVersionInformation = components['schemas']['EdgeVersionInformation'];
export type SchemaEdgeVersionReport = components['schemas']['EdgeVersionReport'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorDetails = components['schemas']['ErrorDetails'];
export type SchemaExpiredEdgeListing = components['schemas']['ExpiredEdgeListing'];
export type SchemaExtension = components['schemas']['Extension'];
export type SchemaExtensionEntityListing = components['schemas']['ExtensionEntityListing'];
export type SchemaExtensionPool = components['schemas']['ExtensionPool'];
export type SchemaExtensionPoolDivisionView = components['schemas']['ExtensionPoolDivisionView'];
export type SchemaExtensionPoolDivisionViewEntityListing = components['schemas']['ExtensionPoolDivisionViewEntityListing'];
export type SchemaExtensionPoolEntityListing = components['schemas']['ExtensionPoolEntityListing'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLine = components['schemas']['Line'];
export type SchemaLineBase = components['schemas']['LineBase'];
export type SchemaLineBaseEntityListing = components['schemas']['LineBaseEntityListing'];
export type SchemaLineEntityListing = components['schemas']['LineEntityListing'];
export type SchemaLineStatus = components['schemas']['LineStatus'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaLogicalInterfaceEntityListing = components['schemas']['LogicalInterfaceEntityListing'];
export type SchemaMediaEndpointStatistics = components['schemas']['MediaEndpointStatistics'];
export type SchemaMediaIceSelectedCandidate = components['schemas']['MediaIceSelectedCandidate'];
export type SchemaMediaIceSelectedPair = components['schemas']['MediaIceSelectedPair'];
export type SchemaMediaIceStatistics = components['schemas']['MediaIceStatistics'];
export type SchemaMediaRtpStatistics = components['schemas']['MediaRtpStatistics'];
export type SchemaMediaStatistics = components['schemas']['MediaStatistics'];
export type SchemaMediaStatisticsClientInfo = components['schemas']['MediaStatisticsClientInfo'];
export type SchemaMediaStatisticsListing = components['schemas']['MediaStatisticsListing'];
export type SchemaMediaStatisticsTrunkInfo = components['schemas']['MediaStatisticsTrunkInfo'];
export type SchemaMetabase = components['schemas']['Metabase'];
export type SchemaMetaData = components['schemas']['MetaData'];
export type SchemaNamedEntity = components['schemas']['NamedEntity'];
export type SchemaNtpSettings = components['schemas']['NTPSettings'];
export type SchemaNumber = components['schemas']['Number'];
export type SchemaNumberPlan = components['schemas']['NumberPlan'];
export type SchemaOutboundRoute = components['schemas']['OutboundRoute'];
export type SchemaOutboundRouteBase = components['schemas']['OutboundRouteBase'];
export type SchemaOutboundRouteBaseEntityListing = components['schemas']['OutboundRouteBaseEntityListing'];
export type SchemaOutboundRouteEntityListing = components['schemas']['OutboundRouteEntityListing'];
export type SchemaPhone = components['schemas']['Phone'];
export type SchemaPhoneBase = components['schemas']['PhoneBase'];
export type SchemaPhoneBaseEntityListing = components['schemas']['PhoneBaseEntityListing'];
export type SchemaPhoneBaseSettings = components['schemas']['PhoneBaseSettings'];
export type SchemaPhoneCapabilities = components['schemas']['PhoneCapabilities'];
export type SchemaPhoneEntityListing = components['schemas']['PhoneEntityListing'];
export type SchemaPhoneMetaBaseEntityListing = components['schemas']['PhoneMetaBaseEntityListing'];
export type SchemaPhonesReboot = components['schemas']['PhonesReboot'];
export type SchemaPhoneStatus = components['schemas']['PhoneStatus'];
export type SchemaPhysicalInterfaceEntityListing = components['schemas']['PhysicalInterfaceEntityListing'];
export type SchemaProvisionInfo = components['schemas']['ProvisionInfo'];
export type SchemaRegionTimeZone = components['schemas']['RegionTimeZone'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
export type SchemaSite = components['schemas']['Site'];
export type SchemaSiteConnection = components['schemas']['SiteConnection'];
export type SchemaSiteConnections = components['schemas']['SiteConnections'];
export type SchemaSiteEntityListing = components['schemas']['SiteEntityListing'];
export type SchemaSiteSearchCriteria = components['schemas']['SiteSearchCriteria'];
export type SchemaSiteSearchRequest = components['schemas']['SiteSearchRequest'];
export type SchemaSitesSearchResponse = components['schemas']['SitesSearchResponse'];
export type SchemaStreetAddress = components['schemas']['StreetAddress'];
export type SchemaSubscriberResponse = components['schemas']['SubscriberResponse'];
export type SchemaTelephonySearchCriteria = components['schemas']['TelephonySearchCriteria'];
export type SchemaTelephonySearchRequest = components['schemas']['TelephonySearchRequest'];
export type SchemaTimeZoneEntityListing = components['schemas']['TimeZoneEntityListing'];
export type SchemaTrunk = components['schemas']['Trunk'];
export type SchemaTrunkBase = components['schemas']['TrunkBase'];
export type SchemaTrunkBaseAssignment = components['schemas']['TrunkBaseAssignment'];
export type SchemaTrunkBaseEntityListing = components['schemas']['TrunkBaseEntityListing'];
export type SchemaTrunkBasesSearchResponse = components['schemas']['TrunkBasesSearchResponse'];
export type SchemaTrunkConnectedStatus = components['schemas']['TrunkConnectedStatus'];
export type SchemaTrunkEntityListing = components['schemas']['TrunkEntityListing'];
export type SchemaTrunkErrorInfo = components['schemas']['TrunkErrorInfo'];
export type SchemaTrunkErrorInfoDetails = components['schemas']['TrunkErrorInfoDetails'];
export type SchemaTrunkInstanceSearchResponse = components['schemas']['TrunkInstanceSearchResponse'];
export type SchemaTrunkMetabaseEntityListing = components['schemas']['TrunkMetabaseEntityListing'];
export type SchemaTrunkMetrics = components['schemas']['TrunkMetrics'];
export type SchemaTrunkMetricsCalls = components['schemas']['TrunkMetricsCalls'];
export type SchemaTrunkMetricsNetworkTypeIp = components['schemas']['TrunkMetricsNetworkTypeIp'];
export type SchemaTrunkMetricsOptions = components['schemas']['TrunkMetricsOptions'];
export type SchemaTrunkMetricsQoS = components['schemas']['TrunkMetricsQoS'];
export type SchemaTrunkMetricsRegisters = components['schemas']['TrunkMetricsRegisters'];
export type SchemaTrunkRecordingEnabledCount = components['schemas']['TrunkRecordingEnabledCount'];
export type SchemaUserAgentInfo = components['schemas']['UserAgentInfo'];
export type SchemaValidateAddressRequest = components['schemas']['ValidateAddressRequest'];
export type SchemaValidateAddressResponse = components['schemas']['ValidateAddressResponse'];
export type SchemaVmPairingInfo = components['schemas']['VmPairingInfo'];
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
    getTelephonyProvidersEdges: {
        parameters: {
            query?: {
                /** @description Filter by edgeGroup.id */
                "edgeGroup.id"?: string;
                /** @description Filter by managed */
                managed?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description True to show the cloud media devices in the result. */
                showCloudMedia?: boolean;
                /** @description Filter by site.id */
                "site.id"?: string;
                /** @description Sort by */
                sortBy?: string;
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
                    "application/json": components["schemas"]["EdgeEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Edge */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Edge"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edge"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdge: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["Edge"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description Edge */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Edge"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edge"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
    getTelephonyProvidersEdgeDiagnosticNslookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
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
                    "application/json": components["schemas"]["EdgeNetworkDiagnosticResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeDiagnosticNslookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description request payload to get network diagnostic */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeNetworkDiagnosticRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeNetworkDiagnostic"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeDiagnosticPing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
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
                    "application/json": components["schemas"]["EdgeNetworkDiagnosticResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeDiagnosticPing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description request payload to get network diagnostic */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeNetworkDiagnosticRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeNetworkDiagnostic"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeDiagnosticRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
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
                    "application/json": components["schemas"]["EdgeNetworkDiagnosticResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeDiagnosticRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description request payload to get network diagnostic */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeNetworkDiagnosticRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeNetworkDiagnostic"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeDiagnosticTracepath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
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
                    "application/json": components["schemas"]["EdgeNetworkDiagnosticResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeDiagnosticTracepath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description request payload to get network diagnostic */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeNetworkDiagnosticRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeNetworkDiagnostic"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeLogicalinterfaces: {
        parameters: {
            query?: {
                /** @description Field to expand in the response */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["LogicalInterfaceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeLogicalinterfaces: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description Logical interface */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainLogicalInterface"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainLogicalInterface"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeLogicalinterface: {
        parameters: {
            query?: {
                /** @description Field to expand in the response */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
                /** @description Interface ID */
                interfaceId: string;
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
                    "application/json": components["schemas"]["DomainLogicalInterface"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgeLogicalinterface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
                /** @description Interface ID */
                interfaceId: string;
            };
            cookie?: never;
        };
        /** @description Logical interface */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainLogicalInterface"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainLogicalInterface"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgeLogicalinterface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
                /** @description Interface ID */
                interfaceId: string;
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
    postTelephonyProvidersEdgeLogsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description EdgeLogsJobRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeLogsJobRequest"];
            };
        };
        responses: {
            /** @description Accepted - Job is being processed.  The job ID is returned. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeLogsJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeLogsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["EdgeLogsJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeLogsJobUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
                /** @description Job ID */
                jobId: string;
            };
            cookie?: never;
        };
        /** @description Log upload request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeLogsJobUploadRequest"];
            };
        };
        responses: {
            /** @description Accepted - Files are being uploaded to the job.  Watch the uploadStatus property on the job files. */
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
    getTelephonyProvidersEdgeMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
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
                    "application/json": components["schemas"]["EdgeMetrics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeOfflineconfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description EdgeOfflineConfiguration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeOfflineConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeOfflineConfigurationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgePhysicalinterfaces: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["PhysicalInterfaceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgePhysicalinterface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
                /** @description Interface ID */
                interfaceId: string;
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
                    "application/json": components["schemas"]["DomainPhysicalInterface"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeReboot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description Parameters for the edge reboot */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EdgeRebootParameters"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeSetuppackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["VmPairingInfo"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeSoftwareupdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["DomainEdgeSoftwareUpdateDto"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeSoftwareupdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description Software update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainEdgeSoftwareUpdateDto"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainEdgeSoftwareUpdateDto"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgeSoftwareupdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
    getTelephonyProvidersEdgeSoftwareversions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["DomainEdgeSoftwareVersionDtoEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeStatuscode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
            };
            cookie?: never;
        };
        /** @description Edge Service State */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EdgeServiceStateRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgeTrunks: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Value by which to sort */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Filter by Trunk Base Ids */
                "trunkBase.id"?: string;
                /** @description Filter by a Trunk type */
                trunkType?: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
            };
            header?: never;
            path: {
                /** @description Edge ID */
                edgeId: string;
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
                    "application/json": components["schemas"]["TrunkEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgeUnpair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Id */
                edgeId: string;
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
                    "application/json": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesAddressvalidation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Address */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateAddressRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateAddressResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesAlertablepresences: {
        parameters: {
            query?: {
                type?: string;
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
                    "application/json": components["schemas"]["AlertablePresences"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesAlertablepresences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Alertable Presences Overrides */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertablePresences"];
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
    deleteTelephonyProvidersEdgesAlertablepresences: {
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
    getTelephonyProvidersEdgesCertificateauthorities: {
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
                    "application/json": components["schemas"]["CertificateAuthorityEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesCertificateauthorities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CertificateAuthority */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCertificateAuthority"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainCertificateAuthority"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesCertificateauthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate ID */
                certificateId: string;
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
                    "application/json": components["schemas"]["DomainCertificateAuthority"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesCertificateauthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate ID */
                certificateId: string;
            };
            cookie?: never;
        };
        /** @description Certificate authority */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCertificateAuthority"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainCertificateAuthority"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesCertificateauthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate ID */
                certificateId: string;
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
    getTelephonyProvidersEdgesDidpools: {
        parameters: {
            query?: {
                /** @description Filter by a specific list of ID's */
                id?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
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
                    "application/json": components["schemas"]["DIDPoolEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesDidpools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description DID pool */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DIDPool"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DIDPool"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesDidpool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DID pool ID */
                didPoolId: string;
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
                    "application/json": components["schemas"]["DIDPool"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesDidpool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DID pool ID */
                didPoolId: string;
            };
            cookie?: never;
        };
        /** @description DID pool */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DIDPool"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DIDPool"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesDidpool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DID pool ID */
                didPoolId: string;
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
    getTelephonyProvidersEdgesDidpoolsDids: {
        parameters: {
            query: {
                /** @description Filter by a specific list of DID Pools.  If this is not provided, numbers from all DID Pools will be returned. */
                id?: string[];
                /** @description A number to filter the results by. */
                numberMatch?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort order */
                sortOrder?: string;
                /** @description The type of numbers to return. */
                type: string;
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
                    "application/json": components["schemas"]["DIDNumberEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesDids: {
        parameters: {
            query?: {
                /** @description Filter by the DID Pool assignment */
                "didPool.id"?: string;
                /** @description Filter by a specific list of ID's */
                id?: string[];
                /** @description Filter by the owner of a phone number */
                "owner.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter by phoneNumber */
                phoneNumber?: string;
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
                    "application/json": components["schemas"]["DIDEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesDid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DID ID */
                didId: string;
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
                    "application/json": components["schemas"]["DID"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesEdgegroups: {
        parameters: {
            query?: {
                /** @description Filter by managed */
                managed?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
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
                    "application/json": components["schemas"]["EdgeGroupEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesEdgegroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description EdgeGroup */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeGroup"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesEdgegroup: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Edge group ID */
                edgeGroupId: string;
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
                    "application/json": components["schemas"]["EdgeGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesEdgegroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge group ID */
                edgeGroupId: string;
            };
            cookie?: never;
        };
        /** @description EdgeGroup */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeGroup"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesEdgegroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge group ID */
                edgeGroupId: string;
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
    getTelephonyProvidersEdgesEdgegroupEdgetrunkbase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Group ID */
                edgegroupId: string;
                /** @description Edge Trunk Base ID */
                edgetrunkbaseId: string;
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
                    "application/json": components["schemas"]["EdgeTrunkBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesEdgegroupEdgetrunkbase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Edge Group ID */
                edgegroupId: string;
                /** @description Edge Trunk Base ID */
                edgetrunkbaseId: string;
            };
            cookie?: never;
        };
        /** @description EdgeTrunkBase */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EdgeTrunkBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeTrunkBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesEdgeversionreport: {
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
                    "application/json": components["schemas"]["EdgeVersionReport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesExpired: {
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
                    "application/json": components["schemas"]["ExpiredEdgeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesExtensionpools: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description Deprecated, filtering by number not supported */
                number?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
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
                    "application/json": components["schemas"]["ExtensionPoolEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesExtensionpools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ExtensionPool */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionPool"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionPool"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesExtensionpool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Extension pool ID */
                extensionPoolId: string;
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
                    "application/json": components["schemas"]["ExtensionPool"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesExtensionpool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Extension pool ID */
                extensionPoolId: string;
            };
            cookie?: never;
        };
        /** @description ExtensionPool */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionPool"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionPool"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesExtensionpool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Extension pool ID */
                extensionPoolId: string;
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
    getTelephonyProvidersEdgesExtensionpoolsDivisionviews: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description ID of the Extension Pools to filter by. */
                id?: string[];
                /** @description Name of the Extension Pools to filter by. */
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
                    "application/json": components["schemas"]["ExtensionPoolDivisionViewEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesExtensions: {
        parameters: {
            query?: {
                /** @description Filter by number */
                number?: string;
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
                    "application/json": components["schemas"]["ExtensionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Extension ID */
                extensionId: string;
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
                    "application/json": components["schemas"]["Extension"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesLinebasesettings: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Value by which to sort */
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
                    "application/json": components["schemas"]["LineBaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesLinebasesetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Line base ID */
                lineBaseId: string;
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
                    "application/json": components["schemas"]["LineBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesLines: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated. The edgeGroup value is deprecated. */
                expand?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Value by which to sort */
                sortBy?: string;
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
                    "application/json": components["schemas"]["LineEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Line ID */
                lineId: string;
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
                    "application/json": components["schemas"]["Line"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesLinesTemplate: {
        parameters: {
            query: {
                /** @description The id of a Line Base Settings object upon which to base this Line */
                lineBaseSettingsId: string;
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
                    "application/json": components["schemas"]["Line"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesLogicalinterfaces: {
        parameters: {
            query: {
                /** @description Comma separated list of Edge Id's */
                edgeIds: string;
                /** @description Field to expand in the response */
                expand?: string[];
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
                    "application/json": components["schemas"]["LogicalInterfaceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesMediastatisticsConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the conversation */
                conversationId: string;
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
                    "application/json": components["schemas"]["MediaStatisticsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesMediastatisticsConversationCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the media session */
                communicationId: string;
                /** @description Identifier of the conversation */
                conversationId: string;
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
                    "application/json": components["schemas"]["MediaStatistics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesMetrics: {
        parameters: {
            query: {
                /** @description Comma separated list of Edge Id's. Maximum of 100 edge ids allowed. */
                edgeIds: string;
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
                    "application/json": components["schemas"]["EdgeMetrics"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesOutboundroutes: {
        parameters: {
            query?: {
                /** @description Filter by externalTrunkBases.ids */
                "externalTrunkBases.ids"?: string;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter by site.id */
                "site.id"?: string;
                /** @description Sort by */
                sortBy?: string;
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
                    "application/json": components["schemas"]["OutboundRouteEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesPhonebasesettings: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated */
                expand?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Value by which to sort */
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
                    "application/json": components["schemas"]["PhoneBaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesPhonebasesettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Phone base settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesPhonebasesetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone base ID */
                phoneBaseId: string;
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
                    "application/json": components["schemas"]["PhoneBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesPhonebasesetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone base ID */
                phoneBaseId: string;
            };
            cookie?: never;
        };
        /** @description Phone base settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesPhonebasesetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone base ID */
                phoneBaseId: string;
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
    getTelephonyProvidersEdgesPhonebasesettingsAvailablemetabases: {
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
                    "application/json": components["schemas"]["PhoneMetaBaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesPhonebasesettingsTemplate: {
        parameters: {
            query: {
                /** @description The id of a metabase object upon which to base this Phone Base Settings */
                phoneMetabaseId: string;
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
                    "application/json": components["schemas"]["PhoneBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesPhones: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated */
                expand?: string[];
                /** @description Fields and properties to get, comma-separated */
                fields?: string[];
                /** @description Filter by lines.defaultForUser.id */
                "lines.defaultForUser.id"?: string;
                /** @description Filter by lines.id */
                "lines.id"?: string;
                /** @description Filter by lines.loggedInUser.id */
                "lines.loggedInUser.id"?: string;
                /** @description Filter by lines.name */
                "lines.name"?: string;
                /** @description Name of the Phone to filter by, comma-separated */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter by phone_hardwareId */
                phone_hardwareId?: string;
                /** @description Filter by phoneBaseSettings.id */
                "phoneBaseSettings.id"?: string;
                /** @description The secondary status to filter by */
                "secondaryStatus.operationalStatus"?: string;
                /** @description Filter by site.id */
                "site.id"?: string;
                /** @description The field to sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description The primary status to filter by */
                "status.operationalStatus"?: string;
                /** @description Filter by webRtcUser.id */
                "webRtcUser.id"?: string;
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
                    "application/json": components["schemas"]["PhoneEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesPhones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Phone */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Phone"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Phone"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone ID */
                phoneId: string;
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
                    "application/json": components["schemas"]["Phone"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone ID */
                phoneId: string;
            };
            cookie?: never;
        };
        /** @description Phone */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Phone"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Phone"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone ID */
                phoneId: string;
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
    postTelephonyProvidersEdgesPhoneReboot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Phone Id */
                phoneId: string;
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
    postTelephonyProvidersEdgesPhonesReboot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Phones */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhonesReboot"];
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
    getTelephonyProvidersEdgesPhonesTemplate: {
        parameters: {
            query: {
                /** @description The id of a Phone Base Settings object upon which to base this Phone */
                phoneBaseSettingsId: string;
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
                    "application/json": components["schemas"]["Phone"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesPhysicalinterfaces: {
        parameters: {
            query: {
                /** @description Comma separated list of Edge Id's */
                edgeIds: string;
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
                    "application/json": components["schemas"]["PhysicalInterfaceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesSites: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated */
                expand?: string[];
                /** @description Location Id */
                "location.id"?: string;
                /** @description Filter by managed */
                managed?: boolean;
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Site */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Site"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
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
                    "application/json": components["schemas"]["Site"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
            };
            cookie?: never;
        };
        /** @description Site */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Site"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
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
    getTelephonyProvidersEdgesSiteNumberplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
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
                    "application/json": components["schemas"]["NumberPlan"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesSiteNumberplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
            };
            cookie?: never;
        };
        /** @description List of number plans */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberPlan"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberPlan"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesSiteNumberplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Number Plan ID */
                numberPlanId: string;
                /** @description Site ID */
                siteId: string;
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
                    "application/json": components["schemas"]["NumberPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesSiteNumberplansClassifications: {
        parameters: {
            query?: {
                /** @description Classification */
                classification?: string;
            };
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
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
    getTelephonyProvidersEdgesSiteOutboundroutes: {
        parameters: {
            query?: {
                /** @description externalTrunkBases.ids */
                "externalTrunkBases.ids"?: string;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
            };
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
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
                    "application/json": components["schemas"]["OutboundRouteBaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesSiteOutboundroutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
            };
            cookie?: never;
        };
        /** @description OutboundRoute */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundRouteBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundRouteBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesSiteOutboundroute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Outbound route ID */
                outboundRouteId: string;
                /** @description Site ID */
                siteId: string;
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
                    "application/json": components["schemas"]["OutboundRouteBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesSiteOutboundroute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Outbound route ID */
                outboundRouteId: string;
                /** @description Site ID */
                siteId: string;
            };
            cookie?: never;
        };
        /** @description OutboundRoute */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundRouteBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundRouteBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesSiteOutboundroute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Outbound route ID */
                outboundRouteId: string;
                /** @description Site ID */
                siteId: string;
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
    getTelephonyProvidersEdgesSiteSiteconnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
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
                    "application/json": components["schemas"]["SiteConnections"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesSiteSiteconnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
            };
            cookie?: never;
        };
        /** @description Site */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteConnections"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConnections"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchTelephonyProvidersEdgesSiteSiteconnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Site ID */
                siteId: string;
            };
            cookie?: never;
        };
        /** @description Site */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableSiteConnectionsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConnections"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesSitesSearch: {
        parameters: {
            query: {
                /** @description expand */
                expand?: string[];
                /** @description q64 */
                q64: string;
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
                    "application/json": components["schemas"]["SitesSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesSitesSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitesSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTimezones: {
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
                    "application/json": components["schemas"]["TimeZoneEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunkbasesettings: {
        parameters: {
            query?: {
                /** @description Fields to expand in the response, comma-separated */
                expand?: string[];
                /** @description Set this to true to not receive trunk properties that are meant to be hidden or for internal system usage only. */
                ignoreHidden?: boolean;
                /** @description Filter by managed */
                managed?: boolean;
                /** @description Name of the TrunkBase to filter by */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter trunks by recording enabled */
                recordingEnabled?: boolean;
                /** @description Value by which to sort */
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
                    "application/json": components["schemas"]["TrunkBaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesTrunkbasesettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Trunk base settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrunkBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrunkBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunkbasesetting: {
        parameters: {
            query?: {
                /** @description Set this to true to not receive trunk properties that are meant to be hidden or for internal system usage only. */
                ignoreHidden?: boolean;
            };
            header?: never;
            path: {
                /** @description Trunk Base ID */
                trunkBaseSettingsId: string;
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
                    "application/json": components["schemas"]["TrunkBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putTelephonyProvidersEdgesTrunkbasesetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trunk Base ID */
                trunkBaseSettingsId: string;
            };
            cookie?: never;
        };
        /** @description Trunk base settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrunkBase"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrunkBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteTelephonyProvidersEdgesTrunkbasesetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trunk Base ID */
                trunkBaseSettingsId: string;
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
    getTelephonyProvidersEdgesTrunkbasesettingsAvailablemetabases: {
        parameters: {
            query?: {
                pageNumber?: number;
                pageSize?: number;
                type?: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
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
                    "application/json": components["schemas"]["TrunkMetabaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesTrunkbasesettingsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Telephony search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelephonySearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrunkBasesSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunkbasesettingsSiteSiteId: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Value by which to sort */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Site ID for trunk bases */
                siteId: string;
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
                    "application/json": components["schemas"]["TrunkBaseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunkbasesettingsTemplate: {
        parameters: {
            query: {
                /** @description The id of a metabase object upon which to base this Trunk Base Settings */
                trunkMetabaseId: string;
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
                    "application/json": components["schemas"]["TrunkBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunks: {
        parameters: {
            query?: {
                /** @description Filter by Edge Ids */
                "edge.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Value by which to sort */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Filter by Trunk Base Ids */
                "trunkBase.id"?: string;
                /** @description Filter by a Trunk type */
                trunkType?: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
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
                    "application/json": components["schemas"]["TrunkEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trunk ID */
                trunkId: string;
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
                    "application/json": components["schemas"]["Trunk"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunkMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trunk Id */
                trunkId: string;
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
                    "application/json": components["schemas"]["TrunkMetrics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunksMetrics: {
        parameters: {
            query: {
                /** @description Comma separated list of Trunk Id's */
                trunkIds: string;
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
                    "application/json": components["schemas"]["TrunkMetrics"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postTelephonyProvidersEdgesTrunksSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Telephony search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TelephonySearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrunkInstanceSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getTelephonyProvidersEdgesTrunkswithrecording: {
        parameters: {
            query?: {
                /** @description The type of this trunk base. */
                trunkType?: "EXTERNAL" | "PHONE" | "EDGE" | (string & {});
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
                    "application/json": components["schemas"]["TrunkRecordingEnabledCount"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
