// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/locations/openapi.yaml (sha256 ad19bb0f84538473)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area locations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Locations (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const locations = locationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function locationsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of all locations.
         * @permissions none required
         */
        get: operations["getLocations"];
        put?: never;
        /**
         * Create a location
         * @permissions ALL: `directory:location:add`
         */
        post: operations["postLocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Location by ID.
         * @permissions none required
         */
        get: operations["getLocation"];
        put?: never;
        post?: never;
        /**
         * Delete a location
         * @permissions ALL: `directory:location:delete`
         */
        delete: operations["deleteLocation"];
        options?: never;
        head?: never;
        /**
         * Update a location
         * @permissions ALL: `directory:location:edit`
         */
        patch: operations["patchLocation"];
        trace?: never;
    };
    "/api/v2/locations/{locationId}/sublocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sublocations for location ID.
         * @permissions none required
         */
        get: operations["getLocationSublocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/locations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search locations using the q64 value returned from a previous search
         * @permissions none required
         */
        get: operations["getLocationsSearch"];
        put?: never;
        /**
         * Search locations
         * @permissions none required
         */
        post: operations["postLocationsSearch"];
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
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
        LocationCreateDefinition: {
            address?: components["schemas"]["LocationAddress"];
            contactUser?: string;
            emergencyNumber?: components["schemas"]["LocationEmergencyNumber"];
            name: string;
            notes?: string;
            path?: string[];
            state?: string;
            version?: number;
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
        LocationEntityListing: {
            entities?: components["schemas"]["LocationDefinition"][];
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
        LocationImage: {
            imageUri?: string;
            resolution?: string;
        };
        LocationSearchCriteria: {
            dateFormat?: string;
            /** @description The end value of the range. This field is used for range search types. */
            endValue?: string;
            /** @description Field names to search against */
            fields?: string[];
            /** @description Groups multiple conditions */
            group?: components["schemas"]["LocationSearchCriteria"][];
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
        LocationSearchRequest: {
            expand?: string[];
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
            query?: components["schemas"]["LocationSearchCriteria"][];
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
        LocationsSearchResponse: {
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
            results: components["schemas"]["LocationDefinition"][];
            /**
             * Format: int64
             * @description The total number of results found
             */
            total: number;
            /** @description Resource types the search was performed against */
            types: string[];
        };
        LocationUpdateDefinition: {
            address?: components["schemas"]["LocationAddress"];
            contactUser?: string;
            emergencyNumber?: components["schemas"]["LocationEmergencyNumber"];
            name: string;
            notes?: string;
            path?: string[];
            state?: string;
            version: number;
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
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationCreateDefinition = components['schemas']['LocationCreateDefinition'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationEntityListing = components['schemas']['LocationEntityListing'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaLocationSearchCriteria = components['schemas']['LocationSearchCriteria'];
export type SchemaLocationSearchRequest = components['schemas']['LocationSearchRequest'];
export type SchemaLocationsSearchResponse = components['schemas']['LocationsSearchResponse'];
export type SchemaLocationUpdateDefinition = components['schemas']['LocationUpdateDefinition'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
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
    getLocations: {
        parameters: {
            query?: {
                /** @description id */
                id?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort order */
                sortOrder?: "asc" | "desc" | (string & {});
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
                    "application/json": components["schemas"]["LocationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postLocations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Location */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationCreateDefinition"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getLocation: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Location ID */
                locationId: string;
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
                    "application/json": components["schemas"]["LocationDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Location ID */
                locationId: string;
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
    patchLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Location ID */
                locationId: string;
            };
            cookie?: never;
        };
        /** @description Location */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationUpdateDefinition"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getLocationSublocations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Location ID */
                locationId: string;
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
                    "application/json": components["schemas"]["LocationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getLocationsSearch: {
        parameters: {
            query: {
                /** @description Provides more details about a specified resource */
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationsSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postLocationsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationSearchRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationsSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
