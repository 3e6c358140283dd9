export { createGenesysCloudClient } from './create-genesys-cloud-client.js';
export type {
  GenesysCloudApi,
  GenesysCloudClient,
  GenesysCloudClientOptions,
  GenesysCloudGrantOption,
} from './create-genesys-cloud-client.js';
export { describeGenesysError } from './describe-genesys-error.js';
export type {
  GenesysCloudInit,
  GenesysCloudMiddleware,
  GenesysCloudMiddlewareParams,
  GenesysCloudRequestOptions,
  GenesysCloudRequests,
  GenesysCloudResult,
  ParseAs,
  PathsWithMethod,
} from './genesys-cloud-api.js';
export { genesysCloudRegions, resolveGenesysCloudHosts } from './regions.js';
export type { GenesysCloudHosts, GenesysCloudRegion } from './regions.js';
export { paginateGenesys, paginateGenesysPages } from './paginate-genesys.js';
export type { GenesysEntity, GenesysPage, GenesysPagedPath, PaginateGenesysOptions } from './paginate-genesys.js';
export {
  ConfigurationError,
  ForbiddenError,
  RateLimitError,
  ReauthenticationRequiredError,
  TokenRequestError,
  UnauthorizedError,
} from '@ccaas/auth-core';
