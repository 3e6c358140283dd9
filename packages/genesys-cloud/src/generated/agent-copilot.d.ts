// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-copilot/openapi.yaml (sha256 715042a902d59a12)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-copilot` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Agent Copilot (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentCopilot = agentCopilotApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function agentCopilotApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/assistants/{assistantId}/copilot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get copilot configuration of an assistant.
         * @permissions ALL: `assistants:copilot:view`
         */
        get: operations["getAssistantCopilot"];
        /**
         * Update agent copilot configuration
         * @permissions ALL: `assistants:copilot:edit`
         */
        put: operations["putAssistantCopilot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/copilot/featuresupport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about the support of features for all the languages or only for a certain language.
         * @permissions ALL: `assistants:copilot:view`
         */
        get: operations["getAssistantsCopilotFeaturesupport"];
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
        AnswerGenerationConfig: {
            enabled: boolean;
        };
        AutoSearchConfig: {
            type?: string;
        };
        Copilot: {
            answerGenerationConfig?: components["schemas"]["AnswerGenerationConfig"];
            autoSearchConfig?: components["schemas"]["AutoSearchConfig"];
            defaultLanguage: string;
            enabled?: boolean;
            knowledgeAnswerConfig?: components["schemas"]["KnowledgeAnswerConfig"];
            liveOnQueue: boolean;
            manualSearchConfig?: components["schemas"]["ManualSearchConfig"];
            nluConfig?: components["schemas"]["NluConfig"];
            nluEngineType?: string;
            ruleEngineConfig?: components["schemas"]["RuleEngineConfig"];
            selfUri?: string;
            summaryGenerationConfig?: components["schemas"]["SummaryGenerationConfig"];
            wrapupCodePredictionConfig?: components["schemas"]["WrapupCodePredictionConfig"];
        };
        CopilotAction: {
            actionType: string;
            attributes?: {
                [key: string]: string;
            };
        };
        CopilotCondition: {
            conditionType: string;
            conditionValues: string[];
        };
        CopilotFallbackAction: {
            actionType: string;
            attributes?: {
                [key: string]: string;
            };
        };
        CopilotNluDomain: {
            id: string;
            selfUri?: string;
            useLatestVersion: boolean;
            version?: components["schemas"]["CopilotNluDomainVersion"];
        };
        CopilotNluDomainVersion: {
            id: string;
            selfUri?: string;
        };
        CopilotRule: {
            actions: components["schemas"]["CopilotAction"][];
            conditions: components["schemas"]["CopilotCondition"][];
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
        Fallback: {
            actions?: components["schemas"]["CopilotFallbackAction"][];
            enabled?: boolean;
        };
        FeatureSupport: {
            details?: string;
            feature?: string;
            supportLevel?: string;
        };
        KnowledgeAnswerConfig: {
            enabled: boolean;
        };
        LanguageSupportInfoRecord: {
            featureSupport?: components["schemas"]["FeatureSupport"][];
            language?: string;
        };
        LanguageSupportResponse: {
            languages?: components["schemas"]["LanguageSupportInfoRecord"][];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ManualSearchConfig: {
            answerGeneration?: boolean;
            articlesWithAnswerHighlights?: boolean;
        };
        ModelConfig: {
            useLatestModel: boolean;
        };
        NluConfig: {
            domain: components["schemas"]["CopilotNluDomain"];
            intentConfidenceThreshold: number;
        };
        OnDemandSummaryConfig: {
            enabled: boolean;
        };
        RuleConfig: {
            enabled: boolean;
            id?: string;
            rule: components["schemas"]["CopilotRule"];
        };
        RuleEngineConfig: {
            fallback?: components["schemas"]["Fallback"];
            rules: components["schemas"]["RuleConfig"][];
        };
        SummaryGenerationConfig: {
            enabled: boolean;
            modelConfig?: components["schemas"]["ModelConfig"];
            onDemandSummaryConfig?: components["schemas"]["OnDemandSummaryConfig"];
            retentionSeconds?: number;
            summarySetting?: components["schemas"]["SummarySettingEntity"];
        };
        SummarySettingEntity: {
            id?: string;
            selfUri?: string;
        };
        WrapupCodePredictionConfig: {
            enabled: boolean;
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
export type SchemaAnswerGenerationConfig = components['schemas']['AnswerGenerationConfig'];
export type SchemaAutoSearchConfig = components['schemas']['AutoSearchConfig'];
export type SchemaCopilot = components['schemas']['Copilot'];
export type SchemaCopilotAction = components['schemas']['CopilotAction'];
export type SchemaCopilotCondition = components['schemas']['CopilotCondition'];
export type SchemaCopilotFallbackAction = components['schemas']['CopilotFallbackAction'];
export type SchemaCopilotNluDomain = components['schemas']['CopilotNluDomain'];
export type SchemaCopilotNluDomainVersion = components['schemas']['CopilotNluDomainVersion'];
export type SchemaCopilotRule = components['schemas']['CopilotRule'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFallback = components['schemas']['Fallback'];
export type SchemaFeatureSupport = components['schemas']['FeatureSupport'];
export type SchemaKnowledgeAnswerConfig = components['schemas']['KnowledgeAnswerConfig'];
export type SchemaLanguageSupportInfoRecord = components['schemas']['LanguageSupportInfoRecord'];
export type SchemaLanguageSupportResponse = components['schemas']['LanguageSupportResponse'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaManualSearchConfig = components['schemas']['ManualSearchConfig'];
export type SchemaModelConfig = components['schemas']['ModelConfig'];
export type SchemaNluConfig = components['schemas']['NluConfig'];
export type SchemaOnDemandSummaryConfig = components['schemas']['OnDemandSummaryConfig'];
export type SchemaRuleConfig = components['schemas']['RuleConfig'];
export type SchemaRuleEngineConfig = components['schemas']['RuleEngineConfig'];
export type SchemaSummaryGenerationConfig = components['schemas']['SummaryGenerationConfig'];
export type SchemaSummarySettingEntity = components['schemas']['SummarySettingEntity'];
export type SchemaWrapupCodePredictionConfig = components['schemas']['WrapupCodePredictionConfig'];
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
    getAssistantCopilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
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
                    "application/json": components["schemas"]["Copilot"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putAssistantCopilot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Copilot"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Copilot"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAssistantsCopilotFeaturesupport: {
        parameters: {
            query?: {
                /** @description Which language are the features supported for */
                language?: string;
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
                    "application/json": components["schemas"]["LanguageSupportResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
