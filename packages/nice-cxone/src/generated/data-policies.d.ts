// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/data-policies/openapi.yaml (sha256 cb3589f35b8ba443)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area data-policies` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';

/**
 * data-policies (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const dataPolicies = dataPoliciesApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export declare function dataPoliciesApi(client: CxoneClient): CxoneApi<paths>;

export interface paths {
    "/data-policies/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a policy */
        post: operations["createPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-policies/v1/policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetches a policy definition */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-policies/v1/policies/{policyId}/policy-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets the details of all instances of a policy */
        get: operations["getPolicyInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-policies/v1/policies/{policyId}/policy-instances/{policyInstanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets the details of a policy instance */
        get: operations["getPolicyInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-policies/v1/policies/{policyId}/policy-instances/{policyInstanceId}/evidence-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets a presigned evidence report URL of a policy instance */
        get: operations["getEvidenceReportUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-policies/v1/policies/policy-instances/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Searches policy instances by status */
        post: operations["searchPolicyInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-policies/v1/policies/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Searches and returns the details of all policies */
        post: operations["searchPolicies"];
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
        Policy: {
            applyToMediaTypes?: string[];
            autoApproveLimit?: number;
            createdBy?: string;
            creationDate?: string;
            criteria?: components["schemas"]["PolicyCriteria"][];
            description?: string;
            entityType?: string;
            initiatorType?: string;
            lastModifiedDate?: string;
            needsApproval?: boolean;
            policyId?: string;
            policyName?: string;
            policyType?: string;
            recurrenceConfig?: {
                [key: string]: unknown;
            };
            recurring?: boolean;
            retentionValueInDays?: string;
            schedule?: {
                executeNow?: boolean;
            };
        };
        PolicyCreationRequest: {
            /** @enum {string} */
            applyToMediaTypes?: "VOICE" | "SCREEN";
            criteria: components["schemas"]["PolicyCriteria"][];
            description?: string;
            /** @enum {string} */
            entityType: "MASTER_CONTACT" | "SEGMENT";
            policyName: string;
            policyType: string;
            recurrenceConfig?: {
                [key: string]: unknown;
            };
            recurring?: boolean;
            retentionValueInDays?: string;
        };
        PolicyCriteria: {
            fieldId?: string;
            operator?: string;
            range?: {
                from?: string;
                to?: string;
            };
            value?: string;
            values?: string[];
        };
        PolicyInstance: {
            applyToMediaTypes?: string[];
            approvedDate?: string;
            approverId?: string;
            autoApproveLimit?: number;
            completionDate?: string;
            createdBy?: string;
            creationDate?: string;
            criteria?: components["schemas"]["PolicyCriteria"][];
            declineReason?: string;
            description?: string;
            enableEvidenceReportDownload?: boolean;
            entityType?: string;
            evidenceReportStatus?: string;
            lastModifiedDate?: string;
            needsApproval?: boolean;
            policyId?: string;
            policyInstanceId?: string;
            policyInstanceNo?: number;
            policyName?: string;
            policyType?: string;
            recurrenceConfig?: {
                [key: string]: unknown;
            };
            recurring?: boolean;
            resultSummary?: {
                [key: string]: unknown;
            };
            retentionValueInDays?: string;
            retrievalCompletionDate?: string;
            /** @enum {string} */
            status?: "PENDING_APPROVAL" | "SEARCHING" | "APPLYING_ACTION" | "SUCCEEDED" | "PARTIALLY_SUCCEEDED" | "FAILED" | "DECLINED" | "SUCCEEDED_WITH_ZERO_RESULTS" | "SEARCH_FAILED";
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
export type SchemaPolicy = components['schemas']['Policy'];
export type SchemaPolicyCreationRequest = components['schemas']['PolicyCreationRequest'];
export type SchemaPolicyCriteria = components['schemas']['PolicyCriteria'];
export type SchemaPolicyInstance = components['schemas']['PolicyInstance'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    createPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyCreationRequest"];
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
                        applyToMediaTypes?: string[];
                        entityType?: string;
                        policyId?: string;
                        recurring?: boolean;
                        scheduling?: {
                            executeNow?: boolean;
                        };
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
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
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
                    "application/json": components["schemas"]["Policy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPolicyInstances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
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
                        records?: components["schemas"]["PolicyInstance"][];
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
    getPolicyInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
                policyInstanceId: string;
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
                    "application/json": components["schemas"]["PolicyInstance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvidenceReportUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
                policyInstanceId: string;
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
                        "presigned-url"?: string;
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
    searchPolicyInstances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filters: {
                        fieldId?: string;
                        operator?: string;
                        value?: string;
                    }[];
                    lastEvaluatedKey?: string;
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
                        lastEvaluatedKey?: string;
                        records?: {
                            [key: string]: unknown;
                        }[];
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
    searchPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filters: {
                        fieldId?: string;
                        operator?: string;
                        value?: string;
                        values?: string[];
                    }[];
                    orderBy?: {
                        columnName?: string;
                        order?: string;
                    };
                    pagination?: {
                        skip?: number;
                        top?: number;
                    };
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
                        records?: components["schemas"]["Policy"][];
                        skip?: number;
                        totalCount?: number;
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
