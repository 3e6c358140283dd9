// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/suggest/openapi.yaml (sha256 5badef1e30448aae)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area suggest` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Suggest (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const suggest = suggestApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function suggestApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search using the q64 value returned from a previous search.
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getSearch"];
        put?: never;
        /**
         * Search resources.
         * @permissions ANY: `directory:user:view`
         */
        post: operations["postSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest resources using the q64 value returned from a previous suggest query.
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getSearchSuggest"];
        put?: never;
        /**
         * Suggest resources.
         * @permissions ANY: `directory:user:view`
         */
        post: operations["postSearchSuggest"];
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
        JsonNodeSearchResponse: {
            aggregations?: {
                [key: string]: unknown;
            };
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
            results: {
                [key: string]: unknown;
            };
            /**
             * Format: int64
             * @description The total number of results found
             */
            total: number;
            /** @description Resource types the search was performed against */
            types: string[];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        SearchAggregation: {
            /** @description The field used for aggregation */
            field?: string;
            /** @description The name of the aggregation. The response aggregation uses this name. */
            name?: string;
            /** @description The order in which aggregation results are sorted */
            order?: ("VALUE_DESC" | "VALUE_ASC" | "COUNT_DESC" | "COUNT_ASC" | (string & {}))[];
            /**
             * Format: int32
             * @description The number aggregations results to return out of the entire result set
             */
            size?: number;
            /**
             * @description The type of aggregation to perform
             * @enum {string}
             */
            type?: "COUNT" | "SUM" | "AVERAGE" | "TERM" | "CONTAINS" | "STARTS_WITH" | "ENDS_WITH" | (string & {});
            /** @description A value to use for aggregation */
            value?: string;
        };
        SearchCriteria: {
            dateFormat?: string;
            /** @description The end value of the range. This field is used for range search types. */
            endValue?: string;
            /** @description Field names to search against */
            fields?: string[];
            /** @description Groups multiple conditions */
            group?: components["schemas"]["SearchCriteria"][];
            /**
             * @description How to apply this search criteria against other criteria
             * @enum {string}
             */
            operator?: "AND" | "OR" | "NOT" | (string & {});
            /** @description The start value of the range. This field is used for range search types. */
            startValue?: string;
            /** @enum {string} */
            type?: "EXACT" | "CONTAINS" | "STARTS_WITH" | "REQUIRED_FIELDS" | "RANGE" | "DATE_RANGE" | "LESS_THAN" | "LESS_THAN_EQUAL_TO" | "GREATER_THAN" | "GREATER_THAN_EQUAL_TO" | "SIMPLE" | "TERM" | "TERMS" | "QUERY_STRING" | "MATCH_ALL" | (string & {});
            /** @description A value for the search to match against */
            value?: string;
            /** @description A list of values for the search to match against */
            values?: string[];
        };
        SearchRequest: {
            /** @description Aggregation criteria */
            aggregations?: components["schemas"]["SearchAggregation"][];
            /** @description Provides more details about a specified resource */
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
            /** @description The search criteria */
            query?: components["schemas"]["SearchCriteria"][];
            /** @description A List of strings.  Possible values are any field in the resource you are searching on.  The other option is to use ALL_FIELDS, when this is provided all fields in the resource will be returned in the search results. */
            returnFields?: string[];
            /** @description Multi-value sort order, list of multiple sort values */
            sort?: components["schemas"]["SearchSort"][];
            /** @description The field in the resource that you want to sort the results by */
            sortBy?: string;
            /**
             * @description The sort order for results
             * @enum {string}
             */
            sortOrder?: "ASC" | "DESC" | "SCORE" | (string & {});
            /** @description Resource domain type to search */
            types: string[];
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
        SuggestSearchCriteria: {
            dateFormat?: string;
            /** @description The end value of the range. This field is used for range search types. */
            endValue?: string;
            /** @description Field names to search against */
            fields?: string[];
            /** @description Groups multiple conditions */
            group?: components["schemas"]["SuggestSearchCriteria"][];
            /**
             * @description How to apply this search criteria against other criteria
             * @enum {string}
             */
            operator?: "AND" | "OR" | "NOT" | (string & {});
            /** @description The start value of the range. This field is used for range search types. */
            startValue?: string;
            /** @description A value for the search to match against */
            value?: string;
            /** @description A list of values for the search to match against */
            values?: string[];
        };
        SuggestSearchRequest: {
            /** @description Provides more details about a specified resource */
            expand?: string[];
            /** @description Suggest query */
            query: components["schemas"]["SuggestSearchCriteria"][];
            /** @description Resource domain type to search */
            types: string[];
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
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaJsonNodeSearchResponse = components['schemas']['JsonNodeSearchResponse'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaSearchAggregation = components['schemas']['SearchAggregation'];
export type SchemaSearchCriteria = components['schemas']['SearchCriteria'];
export type SchemaSearchRequest = components['schemas']['SearchRequest'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
export type SchemaSuggestSearchCriteria = components['schemas']['SuggestSearchCriteria'];
export type SchemaSuggestSearchRequest = components['schemas']['SuggestSearchRequest'];
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
    getSearch: {
        parameters: {
            query: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description profile */
                profile?: boolean;
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
                    "application/json": components["schemas"]["JsonNodeSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSearch: {
        parameters: {
            query?: {
                /** @description profile */
                profile?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonNodeSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSearchSuggest: {
        parameters: {
            query: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description profile */
                profile?: boolean;
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
                    "application/json": components["schemas"]["JsonNodeSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSearchSuggest: {
        parameters: {
            query?: {
                /** @description profile */
                profile?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestSearchRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonNodeSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
