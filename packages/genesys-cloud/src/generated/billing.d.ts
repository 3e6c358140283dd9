// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/billing/openapi.yaml (sha256 083764fca6b8da40)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area billing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Billing (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const billing = billingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function billingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/billing/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get billing contracts
         * @description Retrieve a list of contracts stored in the system.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `billing:subscription:view`
         */
        get: operations["getBillingContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get billing contract
         * @description Retrieve a single contract from the system.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `billing:subscription:view`
         */
        get: operations["getBillingContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/contracts/{contractId}/billingperiods/{billingPeriodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get contract billing period
         * @description Fetch the billing information for a given Organization by billing period.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `billing:subscription:view`
         */
        get: operations["getBillingContractBillingperiod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/contracts/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get invoices
         * @description Retrieve a list of invoices stored in the system.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `billing:subscription:view`
         */
        get: operations["getBillingContractsInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/contracts/invoices/{invoiceId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get invoice document
         * @description Fetch the document for a specific invoice.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `billing:subscription:view`
         */
        get: operations["getBillingContractsInvoiceDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/contracts/invoices/{invoiceId}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get invoice lines
         * @description Fetch a list of all bills for the specified account.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `billing:subscription:view`
         */
        get: operations["getBillingContractsInvoiceLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/reports/billableusage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a report of the billable license usages
         * @description Report is of the billable usages (e.g. licenses and devices utilized) for a given period. If responses status is InProgress, wait a few seconds, then try the same request again.
         * @permissions ANY: any one of `billing:subscription:read`, `billing:subscription:view`
         */
        get: operations["getBillingReportsBillableusage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/billing/trusteebillingoverview/{trustorOrgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the billing overview for an organization that is managed by a partner.
         * @description Tax Disclaimer: Prices returned by this API do not include applicable taxes. It is the responsibility of the customer to pay all taxes that are appropriate in their jurisdiction. See the PureCloud API Documentation in the Developer Center for more information about this API: https://developer.mypurecloud.com/api/rest/v2/
         * @permissions ANY: `affiliateOrganization:clientBilling:view`
         */
        get: operations["getBillingTrusteebillingoverviewTrustorOrgId"];
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
        BillingCharge: {
            actualQuantity?: number;
            convertedTokenCount?: number;
            fairuseQuantity?: number;
            id?: string;
            name?: string;
            organizations?: components["schemas"]["NamedEntity"][];
            overageCharge?: number;
            overageCurrency?: string;
            overageQuantity?: number;
            overageRate?: number;
            prepaidQuantity?: number;
            product?: components["schemas"]["BillingProduct"];
            tokenConversionRate?: number;
        };
        BillingContract: {
            billingPeriods?: components["schemas"]["BillingContractPeriod"][];
            billToCustomer?: components["schemas"]["Customer"];
            commercialModel?: string;
            dateEnd?: string;
            dateRampEnd?: string;
            dateRampStart?: string;
            dateStart?: string;
            endCustomer?: components["schemas"]["Customer"];
            externalNumber?: string;
            id?: string;
            plans?: components["schemas"]["BillingPlan"][];
            purchaseOrderNumbers?: string[];
            soldToCustomer?: components["schemas"]["Customer"];
            status?: string;
        };
        BillingContractListing: {
            entities?: components["schemas"]["BillingContract"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        BillingContractPeriod: {
            dateEnd?: string;
            dateStart?: string;
            id?: string;
            status?: string;
        };
        BillingContractPeriodDetail: {
            charges?: components["schemas"]["BillingCharge"][];
            dateEnd?: string;
            dateStart?: string;
            id?: string;
            status?: string;
            wallets?: components["schemas"]["BillingWallet"][];
        };
        BillingInvoice: {
            amount?: number;
            billToAddress?: components["schemas"]["InvoiceAddress"];
            billToCustomer?: components["schemas"]["Customer"];
            currencyIsoCode?: string;
            customerInvoiceType?: string;
            customerPoNumber?: string;
            dateInvoiced?: string;
            id?: string;
            paymentLink?: string;
            paymentStatus?: string;
            paymentTerms?: string;
            shipToAddress?: components["schemas"]["InvoiceAddress"];
            shipToCustomer?: components["schemas"]["Customer"];
            soldToCustomer?: components["schemas"]["Customer"];
        };
        BillingInvoiceItem: {
            amount?: number;
            dateEnd?: string;
            dateStart?: string;
            dateTransacted?: string;
            description?: string;
            id?: string;
            organization?: components["schemas"]["NamedEntity"];
            product?: components["schemas"]["BillingProduct"];
            quantity?: number;
            unitOfMeasure?: string;
        };
        BillingInvoiceItemListing: {
            entities?: components["schemas"]["BillingInvoiceItem"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        BillingInvoiceListing: {
            entities?: components["schemas"]["BillingInvoice"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        BillingPlan: {
            id?: string;
            items?: components["schemas"]["BillingPlanItem"][];
            name?: string;
            organizations?: components["schemas"]["NamedEntity"][];
            product?: components["schemas"]["BillingProduct"];
        };
        BillingPlanItem: {
            currencyIsoCode?: string;
            dateChargedThrough?: string;
            dateEffectiveEnd?: string;
            dateEffectiveStart?: string;
            description?: string;
            discountAmount?: number;
            function?: string;
            itemNumber?: string;
            name?: string;
            overagePrice?: number;
            price?: number;
            quantity?: number;
            type?: string;
            unitOfMeasure?: string;
        };
        BillingProduct: {
            id?: string;
            name?: string;
            sku?: string;
            unitOfMeasure?: string;
        };
        BillingUsage: {
            /** @description Identifies the billable usage. */
            name: string;
            /** @description The resources for which usage was observed (e.g. license users, devices). */
            resources: components["schemas"]["BillingUsageResource"][];
            /** @description The total amount of usage, expressed as a decimal number in string format. */
            totalUsage: string;
        };
        BillingUsageReport: {
            /**
             * Format: date-time
             * @description The period end date. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endDate: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description The period start date. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startDate: string;
            status?: string;
            /** @description The usages for the given period. */
            usages: components["schemas"]["BillingUsage"][];
        };
        BillingUsageResource: {
            /**
             * Format: date-time
             * @description The date that the usage was first observed by the billing subsystem. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            date: string;
            /** @description Identifies the resource (e.g. license user, device). */
            name: string;
        };
        BillingWallet: {
            balanceConsumption?: number;
            balanceDecrease?: number;
            balanceIncrease?: number;
            balanceOverage?: number;
            balanceOverageCharge?: number;
            balanceOverageCurrency?: string;
            balanceOverageRate?: number;
            endingBalance?: number;
            id?: string;
            name?: string;
            organizations?: components["schemas"]["NamedEntity"][];
            product?: components["schemas"]["BillingProduct"];
            startingBalance?: number;
            unitOfMeasure?: string;
        };
        Customer: {
            id?: string;
            name?: string;
            number?: string;
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
        InvoiceAddress: {
            addressType?: string;
            cityName?: string;
            citySubdivision1?: string;
            country?: string;
            countryCode?: string;
            currencyIsoCode?: string;
            dateEffective?: string;
            line1?: string;
            line2?: string;
            line3?: string;
            postalCode?: string;
            regionSubdivision1?: string;
            regionSubdivision2?: string;
            stateCode?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        NamedEntity: {
            id?: string;
            name?: string;
        };
        SubscriptionOverviewUsage: {
            bundleQuantity?: string;
            grouping: string;
            isCancellable?: boolean;
            isThirdParty?: boolean;
            name: string;
            overagePrice?: string;
            partNumber: string;
            prepayPrice?: string;
            prepayQuantity: string;
            unitOfMeasureType: string;
            usageNotes?: string;
            usageQuantity: string;
        };
        TrusteeBillingOverview: {
            billingPeriodEndDate?: string;
            billingPeriodStartDate?: string;
            contractAmendmentDate?: string;
            contractEffectiveDate?: string;
            contractEndDate?: string;
            currency: string;
            enabledProducts: string[];
            id?: string;
            inRampPeriod?: boolean;
            minimumMonthlyAmount?: string;
            name?: string;
            organization: components["schemas"]["NamedEntity"];
            rampPeriodEndDate?: string;
            rampPeriodStartDate?: string;
            selfUri?: string;
            subscriptionType: string;
            usages: components["schemas"]["SubscriptionOverviewUsage"][];
        };
        UrlResponse: {
            url?: string;
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
export type SchemaBillingCharge = components['schemas']['BillingCharge'];
export type SchemaBillingContract = components['schemas']['BillingContract'];
export type SchemaBillingContractListing = components['schemas']['BillingContractListing'];
export type SchemaBillingContractPeriod = components['schemas']['BillingContractPeriod'];
export type SchemaBillingContractPeriodDetail = components['schemas']['BillingContractPeriodDetail'];
export type SchemaBillingInvoice = components['schemas']['BillingInvoice'];
export type SchemaBillingInvoiceItem = components['schemas']['BillingInvoiceItem'];
export type SchemaBillingInvoiceItemListing = components['schemas']['BillingInvoiceItemListing'];
export type SchemaBillingInvoiceListing = components['schemas']['BillingInvoiceListing'];
export type SchemaBillingPlan = components['schemas']['BillingPlan'];
export type SchemaBillingPlanItem = components['schemas']['BillingPlanItem'];
export type SchemaBillingProduct = components['schemas']['BillingProduct'];
export type SchemaBillingUsage = components['schemas']['BillingUsage'];
export type SchemaBillingUsageReport = components['schemas']['BillingUsageReport'];
export type SchemaBillingUsageResource = components['schemas']['BillingUsageResource'];
export type SchemaBillingWallet = components['schemas']['BillingWallet'];
export type SchemaCustomer = components['schemas']['Customer'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaInvoiceAddress = components['schemas']['InvoiceAddress'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaNamedEntity = components['schemas']['NamedEntity'];
export type SchemaSubscriptionOverviewUsage = components['schemas']['SubscriptionOverviewUsage'];
export type SchemaTrusteeBillingOverview = components['schemas']['TrusteeBillingOverview'];
export type SchemaUrlResponse = components['schemas']['UrlResponse'];
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
    getBillingContracts: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description End date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description Start date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
                /** @description Filter by the unique external number. */
                externalNumber?: string;
                /** @description Number of entities to return. Maximum of 10. */
                pageSize?: string;
                /** @description Filter by the status of contracts */
                status?: string;
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
                    "application/json": components["schemas"]["BillingContractListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contract number. */
                contractId: string;
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
                    "application/json": components["schemas"]["BillingContract"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingContractBillingperiod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Billing Period Id for the Org. */
                billingPeriodId: string;
                /** @description The contract number. */
                contractId: string;
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
                    "application/json": components["schemas"]["BillingContractPeriodDetail"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingContractsInvoices: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description End date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description Start date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Payment Status */
                paymentStatus?: string;
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
                    "application/json": components["schemas"]["BillingInvoiceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingContractsInvoiceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description invoiceId */
                invoiceId: string;
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
                    "application/json": components["schemas"]["UrlResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingContractsInvoiceLines: {
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
                /** @description invoiceId */
                invoiceId: string;
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
                    "application/json": components["schemas"]["BillingInvoiceItemListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingReportsBillableusage: {
        parameters: {
            query: {
                /** @description The period end date. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                endDate: string;
                /** @description The period start date. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                startDate: string;
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
                    "application/json": components["schemas"]["BillingUsageReport"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getBillingTrusteebillingoverviewTrustorOrgId: {
        parameters: {
            query?: {
                /** @description 0 for active period (overview data may change until period closes). 1 for prior completed billing period. 2 for two billing cycles prior, and so on. */
                billingPeriodIndex?: number;
            };
            header?: never;
            path: {
                /** @description The organization ID of the trustor (customer) organization. */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrusteeBillingOverview"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
