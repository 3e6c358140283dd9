export type { StoredToken, TokenStore, TokenStoreLock } from './token-store.js';
export { createMemoryTokenStore } from './token-store.js';

export { createTokenManager } from './token-manager.js';
export type { GetTokenOptions, TokenManager, TokenManagerOptions } from './token-manager.js';
export type { RefreshReason, TokenManagerEventName, TokenManagerEvents, TokenManagerListener } from './events.js';

export type { FetchLike, Grant, GrantRequestContext, GrantType, TokenEndpointResult } from './grant.js';
export { clientCredentialsGrant } from './client-credentials-grant.js';
export type { ClientCredentialsGrantOptions } from './client-credentials-grant.js';
export { passwordGrant } from './password-grant.js';
export type { PasswordGrantOptions } from './password-grant.js';
export { authorizationCodeGrant } from './authorization-code-grant.js';
export type { AuthorizationCodeGrantOptions } from './authorization-code-grant.js';
export { refreshTokenGrant } from './refresh-token-grant.js';
export type { RefreshTokenGrantOptions } from './refresh-token-grant.js';
export type { ClientAuthenticationMethod } from './token-endpoint-client.js';
export type { TokenEndpoint } from './options.js';
export { authCoreDefaults, isLoopbackHost } from './options.js';
export { createPkcePair } from './create-pkce-pair.js';
export type { PkcePair } from './create-pkce-pair.js';
export { buildAuthorizationUrl } from './build-authorization-url.js';
export type { AuthorizationUrlOptions } from './build-authorization-url.js';
export { generateState } from './generate-state.js';

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

export { authMiddleware } from './auth-middleware.js';
export type {
  AuthMiddleware,
  AuthMiddlewareOptions,
  MiddlewareParams,
  RetryOptions,
  TokenSource,
} from './auth-middleware.js';
export { describeErrorBody } from './describe-error-body.js';
export type { DescribeError, ErrorDescription } from './describe-error-body.js';
export { IDEMPOTENCY_KEY_HEADER } from './idempotency-key-header.js';

export { fullJitterBackoffMs, retryAfterMs } from './retry-policy.js';
export type { BackoffOptions } from './retry-policy.js';
export { redactSecrets, redactUrl } from './redaction.js';
