// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/billing/openapi.yaml (sha256 083764fca6b8da40)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area billing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/billing/contracts": "ANY billing:subscription:view",
  "GET /api/v2/billing/contracts/invoices": "ANY billing:subscription:view",
  "GET /api/v2/billing/contracts/invoices/{invoiceId}/document": "ANY billing:subscription:view",
  "GET /api/v2/billing/contracts/invoices/{invoiceId}/lines": "ANY billing:subscription:view",
  "GET /api/v2/billing/contracts/{contractId}": "ANY billing:subscription:view",
  "GET /api/v2/billing/contracts/{contractId}/billingperiods/{billingPeriodId}": "ANY billing:subscription:view",
  "GET /api/v2/billing/reports/billableusage": "ANY billing:subscription:read billing:subscription:view",
  "GET /api/v2/billing/trusteebillingoverview/{trustorOrgId}": "ANY affiliateOrganization:clientBilling:view",
};
