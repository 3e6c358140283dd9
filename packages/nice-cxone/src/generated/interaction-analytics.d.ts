// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/interaction-analytics/openapi.yaml (sha256 461bbaf4210abe6f)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area interaction-analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';

/**
 * interaction-analytics (2 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const interactionAnalytics = interactionAnalyticsApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export declare function interactionAnalyticsApi(client: CxoneClient): CxoneApi<paths>;

export interface paths {
    "/interaction-analytics-gateway/v2/segments/{segmentId}/analyzed-transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets the analyzed transcript of an interaction segment */
        get: operations["getAnalyzedTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interaction-analytics-gateway/v2/segments/analyzed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets all analyzed interaction segments of the tenant */
        get: operations["getAnalyzedSegments"];
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
        AnalyzedSegment: {
            acdContactId?: number;
            agentContactId?: string;
            categoryMatches?: {
                [key: string]: unknown;
            }[];
            channels?: {
                [key: string]: unknown;
            }[];
            contactEndReason?: string;
            contactNo?: string[];
            dispositionCode?: string;
            endTime?: string;
            enlightenMetrics?: {
                [key: string]: unknown;
            }[];
            enlightenSentimentIndexScore?: number;
            enlightenSentimentRawScore?: number;
            entities?: {
                [key: string]: unknown;
            }[];
            firstAnnotatedAt?: string;
            holdCount?: number;
            holdSeconds?: number;
            interactionId?: string;
            mediaType?: string;
            nonHoldNotableSilencePercentage?: number;
            nonHoldNotableSilenceSeconds?: number;
            notableSilencePercentage?: number;
            notableSilenceSeconds?: number;
            publishedAt?: string;
            resolved?: boolean;
            segmentId?: string;
            segmentSummaryActions?: string[];
            segmentSummaryOutcomes?: string[];
            segmentSummaryPrimaryIntentCategory?: string;
            segmentSummaryPrimaryIntentName?: string;
            segmentSummaryPrimaryIntentTopic?: string;
            startTime?: string;
            tenantId?: string;
        };
        AnalyzedTranscript: {
            annotatedDateTime?: string;
            annotations?: {
                [key: string]: unknown;
            }[];
            enlightenMetrics?: {
                [key: string]: unknown;
            }[];
            fromInterwovenTranscript?: boolean;
            language?: string;
            metrics?: {
                [key: string]: unknown;
            };
            recordSource?: string;
            segmentSummary?: {
                [key: string]: unknown;
            };
            transcriptBlocks?: {
                [key: string]: unknown;
            }[];
            type?: string;
            voiceFile?: string;
        };
        /** @description The error body of the CXone APIs (OAuth errors may say `error_description` instead). */
        ErrorResponse: {
            error?: string;
            errorDescription?: string;
        };
    };
    responses: {
        /** @description A parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The user behind the token lacks the permission for this operation. Retrying does not help. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests; the request was not processed. `Retry-After` may be absent (back off). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is missing */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying; not reliably sent by CXone. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaAnalyzedSegment = components['schemas']['AnalyzedSegment'];
export type SchemaAnalyzedTranscript = components['schemas']['AnalyzedTranscript'];
export type SchemaErrorResponse = components['schemas']['ErrorResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getAnalyzedTranscript: {
        parameters: {
            query?: {
                wordLevel?: boolean;
            };
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyzedTranscript"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAnalyzedSegments: {
        parameters: {
            query?: {
                beginningDate?: string;
                cursor?: number;
                dateField?: "startTime" | "firstAnnotatedAt";
                endingDate?: string;
                lang?: string;
                mediaType?: string;
                order?: "asc" | "desc";
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        interactions?: components["schemas"]["AnalyzedSegment"][];
                        links?: {
                            next?: string;
                            previous?: string;
                            self?: string;
                        };
                        totalRecords?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
