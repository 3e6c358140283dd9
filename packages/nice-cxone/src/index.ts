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
// What this package's README documents from auth-core, re-exported so that the install line is the whole install
// (nothing is imported from a package npm may not hoist): the same objects, so `instanceof` holds across both. The
// values come through auth-core's platform entry (it says why), the types from its public index.
export {
  CcaasError,
  ConfigurationError,
  ForbiddenError,
  HttpError,
  InsecureTransportError,
  InvalidClientCredentialsError,
  NetworkError,
  RateLimitError,
  ReauthenticationRequiredError,
  RequestTimeoutError,
  TokenRequestError,
  UnauthorizedError,
  loadDeferredModules,
  openTelemetrySpans,
} from '@ccaas/auth-core/platform';
export type {
  AttemptEvent,
  ConfigurationErrorCode,
  HttpErrorDetails,
  RateBudget,
  RateLimitOptions,
  RateLimitReason,
  RequestAttemptEvent,
  RequestErrorDetails,
  RetryOptions,
  SpanLike,
  StoredToken,
  StreamAttemptEvent,
  StreamCause,
  StreamPhase,
  TokenAttemptEvent,
  TokenManager,
  TokenManagerEvents,
  TokenRequestErrorCode,
  TokenStore,
  TracerLike,
} from '@ccaas/auth-core';
