/**
 * Typed NICE CXone API client: `createCxoneClient`, tenant discovery, pagination. The typed paths live in one entry
 * per API family: `@ccaas/nice-cxone/admin` (`adminApi`), `/agent`, `/digital`, `/reporting`, ... (the root carries none).
 *
 * @packageDocumentation
 * @module @ccaas/nice-cxone
 */
export { createCxoneClient, CXONE_DEFAULT_ISSUER, describeCxoneError } from './create-cxone-client.js';
export type { CxoneApi, CxoneClient, CxoneClientOptions } from './create-cxone-client.js';
export { digitalHostFor, digitalHostFromApiEndpoint, hostsFromDiscovery } from './cxone-hosts.js';
export type { CxoneHost, CxoneHosts } from './cxone-hosts.js';
export { CXONE_API_PATH_PREFIX, discoverApiBaseUrl, discoverCxoneHosts } from './discover-api-base-url.js';
export { DiscoveryError } from './discovery-error.js';
export { readIdTokenClaims } from './read-id-token-claims.js';
export { paginateCxone, paginateCxonePages } from './paginate-cxone.js';
export type { CxoneItemsKey, CxonePage, CxonePagedPath, PaginateCxoneOptions } from './paginate-cxone.js';
export {
  ConfigurationError,
  ForbiddenError,
  InvalidClientCredentialsError,
  RateLimitError,
  ReauthenticationRequiredError,
  TokenRequestError,
  UnauthorizedError,
} from '@ccaas/auth-core';
