// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/employee-engagement/openapi.yaml (sha256 e20a2f6560891bbb)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area employee-engagement` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Employee Engagement (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const employeeEngagement = employeeEngagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function employeeEngagementApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/employeeengagement/celebrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all celebrations
         * @permissions ANY: `engagement:celebration:view`
         */
        get: operations["getEmployeeengagementCelebrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/employeeengagement/celebrations/{celebrationId}": {
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
         * Deletes a celebration
         * @permissions ANY: `engagement:celebration:delete`
         */
        delete: operations["deleteEmployeeengagementCelebration"];
        options?: never;
        head?: never;
        /**
         * Set a state for a celebration
         * @permissions ANY: `engagement:celebration:edit`
         */
        patch: operations["patchEmployeeengagementCelebration"];
        trace?: never;
    };
    "/api/v2/employeeengagement/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets sent recognitions
         * @permissions ANY: `engagement:recognition:view`
         */
        get: operations["getEmployeeengagementRecognitions"];
        put?: never;
        /**
         * Creates a recognition
         * @permissions ANY: `engagement:recognition:add`
         */
        post: operations["postEmployeeengagementRecognitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/employeeengagement/recognitions/{recognitionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a single recognition
         * @permissions ANY: `engagement:recognition:view`
         */
        get: operations["getEmployeeengagementRecognition"];
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
        Celebration: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            id?: string;
            note?: string;
            recipient?: components["schemas"]["UserReference"];
            selfUri?: string;
            sourceEntity?: components["schemas"]["SourceEntity"];
            title?: string;
            type?: string;
        };
        CelebrationStateParam: {
            state?: string;
        };
        ContestCompleteData: {
            anonymization?: string;
            dateEnd?: string;
            metrics?: components["schemas"]["ContestDataMetrics"][];
            prizes?: components["schemas"]["ContestDataPrizes"][];
            winners?: components["schemas"]["ContestDataWinners"][];
        };
        ContestCompleteDataScore: {
            score?: number;
        };
        ContestDataMetrics: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        ContestDataPrizes: {
            imageId?: string;
            name?: string;
            tier?: number;
        };
        ContestDataWinners: {
            contestScore?: components["schemas"]["ContestCompleteDataScore"];
            tier?: number;
            users?: components["schemas"]["ContestDataWinnersUsers"][];
            winnersCount?: number;
        };
        ContestDataWinnersUsers: {
            id?: string;
            rank?: number;
            selfUri?: string;
        };
        CreateRecognition: {
            contextId?: string;
            contextType?: string;
            note?: string;
            recipientId: string;
            title: string;
            type: string;
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
        GetCelebrationListing: {
            entities?: components["schemas"]["Celebration"][];
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        Recognition: {
            contextId?: string;
            contextType?: string;
            createdBy?: components["schemas"]["UserReference"];
            dateAcknowledged?: string;
            dateCreated?: string;
            dateDisplayed?: string;
            id?: string;
            note?: string;
            recipient?: components["schemas"]["UserReference"];
            selfUri?: string;
            title?: string;
            type?: string;
        };
        RecognitionBase: {
            contextId?: string;
            contextType?: string;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            id?: string;
            note?: string;
            recipient?: components["schemas"]["UserReference"];
            selfUri?: string;
            title?: string;
            type?: string;
        };
        Recognitions: {
            entities?: components["schemas"]["Recognition"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        SourceEntity: {
            contestCompleteData?: components["schemas"]["ContestCompleteData"];
            id?: string;
            selfUri?: string;
            type?: string;
        };
        UserReference: {
            id?: string;
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
export type SchemaCelebration = components['schemas']['Celebration'];
export type SchemaCelebrationStateParam = components['schemas']['CelebrationStateParam'];
export type SchemaContestCompleteData = components['schemas']['ContestCompleteData'];
export type SchemaContestCompleteDataScore = components['schemas']['ContestCompleteDataScore'];
export type SchemaContestDataMetrics = components['schemas']['ContestDataMetrics'];
export type SchemaContestDataPrizes = components['schemas']['ContestDataPrizes'];
export type SchemaContestDataWinners = components['schemas']['ContestDataWinners'];
export type SchemaContestDataWinnersUsers = components['schemas']['ContestDataWinnersUsers'];
export type SchemaCreateRecognition = components['schemas']['CreateRecognition'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaGetCelebrationListing = components['schemas']['GetCelebrationListing'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaRecognition = components['schemas']['Recognition'];
export type SchemaRecognitionBase = components['schemas']['RecognitionBase'];
export type SchemaRecognitions = components['schemas']['Recognitions'];
export type SchemaSourceEntity = components['schemas']['SourceEntity'];
export type SchemaUserReference = components['schemas']['UserReference'];
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
    getEmployeeengagementCelebrations: {
        parameters: {
            query?: {
                pageNumber?: number;
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
                    "application/json": components["schemas"]["GetCelebrationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteEmployeeengagementCelebration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the celebration */
                celebrationId: string;
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
    patchEmployeeengagementCelebration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the celebration */
                celebrationId: string;
            };
            cookie?: never;
        };
        /** @description Patch Celebration state */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CelebrationStateParam"];
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
    getEmployeeengagementRecognitions: {
        parameters: {
            query?: {
                /** @description The end date of the search range. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                dateEnd?: string;
                /** @description The start date of the search range. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                dateStart?: string;
                /** @description The direction of the recognitions. */
                direction?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The ID of the recipient (when direction is sent). */
                recipient?: string;
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
                    "application/json": components["schemas"]["Recognitions"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postEmployeeengagementRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create Recognition */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecognition"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionBase"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getEmployeeengagementRecognition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Recognition ID */
                recognitionId: string;
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
                    "application/json": components["schemas"]["Recognition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
