/**
 * Typed NICE CXone API client: `createCxoneClient`, tenant discovery, pagination, the generated types.
 *
 * @packageDocumentation
 * @module @ccaas/nice-cxone
 */
export { createCxoneClient, CXONE_DEFAULT_ISSUER, describeCxoneError } from './create-cxone-client.js';
export type { CxoneClient, CxoneClientOptions } from './create-cxone-client.js';
export { CXONE_API_PATH_PREFIX, discoverApiBaseUrl } from './discover-api-base-url.js';
export { DiscoveryError } from './discovery-error.js';
export { readIdTokenClaims } from './read-id-token-claims.js';
export { paginateCxone, paginateCxonePages } from './paginate-cxone.js';
export type { CxoneItemsKey, CxonePage, CxonePagedPath, PaginateCxoneOptions } from './paginate-cxone.js';
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
