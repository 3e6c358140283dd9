/**
 * Platform-agnostic OAuth token lifecycle (proactive refresh, single flight, 401 refresh-and-replay) and the
 * openapi-fetch middleware the platform clients install (typed 403, 429 with Retry-After, retries).
 *
 * @packageDocumentation
 * @module @ccaas/auth-core
 */
export type { StoredToken, TokenStore, TokenStoreLock, TokenStoreLockFailure, TokenStoreLockState } from './token-store.js';
export { createMemoryTokenStore } from './token-store.js';

export { createTokenManager } from './token-manager.js';
export type { GetTokenOptions, TokenManager, TokenManagerOptions } from './token-manager.js';
export type { AttemptOutcome, RefreshReason, TokenManagerEventName, TokenManagerEvents, TokenManagerListener } from './events.js';

export type {
  AuthorizationCodeGrantOptions,
  ClientCredentialsGrantOptions,
  FetchLike,
  Grant,
  GrantRequestContext,
  GrantType,
  PasswordGrantOptions,
  RefreshTokenGrantOptions,
  TokenEndpointResult,
} from './grants.js';
export { authorizationCodeGrant, basicClientCredentialsGrant, clientCredentialsGrant, passwordGrant, refreshTokenGrant } from './grants.js';
export type { ClientAuthenticationMethod, CredentialOptionNames } from './token-endpoint-client.js';
export type { TokenEndpoint } from './options.js';
export { authCoreDefaults } from './options.js';
export { buildAuthorizationUrl, createPkcePair, generateState } from './authorization-request.js';
export type { AuthorizationUrlOptions, PkcePair } from './authorization-request.js';

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
} from './errors.js';
export type {
  CcaasErrorOptions,
  ConfigurationErrorCode,
  ConfigurationErrorOptions,
  HttpErrorDetails,
  RateLimitReason,
  RequestErrorDetails,
  TokenRequestErrorCode,
  TokenRequestErrorOptions,
  TokenRequestOutcome,
} from './errors.js';

export { authMiddleware, IDEMPOTENCY_KEY_HEADER } from './auth-middleware.js';
export type { AuthMiddleware, AuthMiddlewareOptions, ClientMiddlewareOptions, MiddlewareParams, TokenSource } from './auth-middleware.js';
export { authFetch } from './auth-fetch.js';
export { loadDeferredModules } from './load-deferred.js';
export type { AuthFetch, AuthFetchOptions, AuthorizedFetch } from './auth-fetch.js';
export { openTelemetrySpans, spanNames } from './observability.js';
export type {
  AttemptEvent,
  RequestAttemptEvent,
  SpanLike,
  StreamAttemptEvent,
  StreamCause,
  StreamPhase,
  TokenAttemptEvent,
  TracerLike,
  WaitReport,
  WaitTracer,
} from './observability.js';
export { describeErrorBody, readErrorFields } from './describe-error-body.js';
export type { DescribeError, ErrorDescription } from './describe-error-body.js';

export { endpointFamilyOf, readIninRateLimitHeaders } from './rate-limiter.js';
export type { RateAllowance, RateBudget, RateLimitObservation, RateLimitOptions, ReadRateLimitHeaders } from './rate-limiter.js';

export { fullJitterBackoffMs, retryAfterMs } from './retry-policy.js';
export type { BackoffOptions, RetryOptions } from './retry-policy.js';
export { redactSecrets, redactUrl } from './redaction.js';
