export type { StoredToken, TokenStore, TokenStoreLock } from './token-store.js';
export { createMemoryTokenStore } from './token-store.js';

export { createTokenManager } from './token-manager.js';
export type { GetTokenOptions, TokenManager, TokenManagerOptions } from './token-manager.js';
export type { RefreshReason, TokenManagerEventName, TokenManagerEvents, TokenManagerListener } from './events.js';

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
export { authorizationCodeGrant, clientCredentialsGrant, passwordGrant, refreshTokenGrant } from './grants.js';
export type { ClientAuthenticationMethod } from './token-endpoint-client.js';
export type { TokenEndpoint } from './options.js';
export { authCoreDefaults, isLoopbackHost } from './options.js';
export { buildAuthorizationUrl, createPkcePair, generateState } from './authorization-request.js';
export type { AuthorizationUrlOptions, PkcePair } from './authorization-request.js';

export {
  CcaasError,
  ConfigurationError,
  ForbiddenError,
  RateLimitError,
  ReauthenticationRequiredError,
  TokenRequestError,
  UnauthorizedError,
} from './errors.js';
export type {
  CcaasErrorOptions,
  HttpErrorDetails,
  RateLimitReason,
  TokenRequestErrorCode,
  TokenRequestErrorOptions,
} from './errors.js';

export { authMiddleware, IDEMPOTENCY_KEY_HEADER } from './auth-middleware.js';
export type {
  AuthMiddleware,
  AuthMiddlewareOptions,
  MiddlewareParams,
  TokenSource,
} from './auth-middleware.js';
export { describeErrorBody } from './describe-error-body.js';
export type { DescribeError, ErrorDescription } from './describe-error-body.js';

export { endpointFamilyOf, readIninRateLimitHeaders } from './rate-limiter.js';
export type { RateBudget, RateLimitObservation, RateLimitOptions, ReadRateLimitHeaders } from './rate-limiter.js';

export { fullJitterBackoffMs, retryAfterMs } from './retry-policy.js';
export type { BackoffOptions, RetryOptions } from './retry-policy.js';
export { redactSecrets, redactUrl } from './redaction.js';
