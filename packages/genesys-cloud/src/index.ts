/**
 * Typed Genesys Cloud Platform API client: `createGenesysCloudClient`, regions, pagination, the generated types.
 *
 * @packageDocumentation
 * @module @ccaas/genesys-cloud
 */
export { createGenesysCloudClient } from './create-genesys-cloud-client.js';
export type {
  GenesysCloudClient,
  GenesysCloudClientOptions,
  GenesysCloudGrantOption,
} from './create-genesys-cloud-client.js';
export { describeGenesysError } from './describe-genesys-error.js';
export { genesysCloudRegions, normalizeGenesysCloudRegion, resolveGenesysCloudHosts } from './regions.js';
export type { GenesysCloudHosts, GenesysCloudRegion } from './regions.js';
export { paginateGenesys, paginateGenesysPages } from './paginate-genesys.js';
export type { GenesysEntity, GenesysPage, GenesysPagedPath, PaginateGenesysOptions } from './paginate-genesys.js';
export type { components, operations, paths } from './generated/schema.gen.js';
export {
  ConfigurationError,
  ForbiddenError,
  InvalidClientCredentialsError,
  RateLimitError,
  ReauthenticationRequiredError,
  TokenRequestError,
  UnauthorizedError,
} from '@ccaas/auth-core';
