// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/media-playback/openapi.yaml (sha256 24663a20ec70a3bf)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area media-playback` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';

/**
 * media-playback (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const mediaPlayback = mediaPlaybackApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export declare function mediaPlaybackApi(client: CxoneClient): CxoneApi<paths>;

export interface paths {
    "/media-download/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New in 26.3 Create a bulk download request for contact media files */
        post: operations["requestContactMediaDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media-download/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New in 26.3 Create a bulk download request for segment media files */
        post: operations["requestSegmentMediaDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media-download/v1/status/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** New in 26.3 Get the status of a download request */
        get: operations["getMediaDownloadStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media-playback/v1/acd-contacts/{acdContactId}/statements/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets a recording statement by ACD contact id and statement id */
        get: operations["getContactStatementMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media-playback/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets the full contact (all segments) by ACD contact id */
        get: operations["getContactMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media-playback/v1/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets a single segment (voice-only */
        get: operations["getSegmentMedia"];
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
        /** @description The error body of the CXone APIs (OAuth errors may say `error_description` instead). */
        ErrorResponse: {
            error?: string;
            errorDescription?: string;
        };
        MediaDownloadStatus: {
            createdAt?: string;
            downloadLocation?: string;
            entities?: {
                entityId?: string;
                failureReason?: string;
                /** @enum {string} */
                status?: "PENDING" | "IN_PROGRESS" | "COMPLETED" | "FAILED";
            }[];
            requestId?: string;
            /** @enum {string} */
            status?: "PENDING" | "IN_PROGRESS" | "COMPLETED" | "FAILED";
            updatedAt?: string;
        };
        /** @description The recordings of a contact; each interaction's data (voice and screen, chat or email) is a loose object here. */
        MediaPlayback: {
            acdcontactId?: string;
            contactId?: string;
            elevatedInteraction?: boolean;
            interactions?: {
                /** @enum {string} */
                "@type"?: "call" | "chat" | "email";
                callTaggingList?: {
                    [key: string]: unknown;
                }[];
                channelType?: string;
                data?: {
                    [key: string]: unknown;
                };
                dynamicBusinessData?: {
                    id?: string;
                    value?: string;
                }[];
                endTime?: string;
                mediaType?: string;
                startTime?: string;
            }[];
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
export type SchemaErrorResponse = components['schemas']['ErrorResponse'];
export type SchemaMediaDownloadStatus = components['schemas']['MediaDownloadStatus'];
export type SchemaMediaPlayback = components['schemas']['MediaPlayback'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    requestContactMediaDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entityIds: string[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requestId?: string;
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
    requestSegmentMediaDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entityIds: string[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requestId?: string;
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
    getMediaDownloadStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
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
                    "application/json": components["schemas"]["MediaDownloadStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactStatementMedia: {
        parameters: {
            query?: {
                "exclude-qm-categories"?: boolean;
                isDownload?: boolean;
                "media-type"?: ("voice-only" | "voice-and-screen" | "chat" | "email" | "all")[];
            };
            header?: never;
            path: {
                acdContactId: string;
                statementId: string;
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
                    "application/json": components["schemas"]["MediaPlayback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactMedia: {
        parameters: {
            query: {
                "acd-call-id": string;
                "exclude-qm-categories"?: boolean;
                "exclude-waveforms"?: boolean;
                isDownload?: boolean;
                "media-type"?: ("voice-only" | "voice-and-screen" | "chat" | "email" | "all")[];
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
                    "application/json": components["schemas"]["MediaPlayback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSegmentMedia: {
        parameters: {
            query?: {
                "exclude-qm-categories"?: boolean;
                "exclude-waveforms"?: boolean;
                "media-type"?: ("voice-only" | "voice-and-screen" | "chat" | "email" | "all")[];
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
                    "application/json": {
                        acdcontactId?: string;
                        contactId?: string;
                        elevatedInteraction?: boolean;
                        Interactions?: {
                            [key: string]: unknown;
                        }[];
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
