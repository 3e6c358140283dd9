import createClient, { type Client } from 'openapi-fetch';
import {
  authMiddleware,
  authorizationCodeGrant,
  clientCredentialsGrant,
  ConfigurationError,
  createTokenManager,
  refreshTokenGrant,
  type AuthMiddlewareOptions,
  type FetchLike,
  type Grant,
  type TokenManager,
  type TokenManagerOptions,
} from '@ccaas/auth-core';
import { describeGenesysError } from './describe-genesys-error.js';
import type { paths } from './generated/schema.gen.js';
import { resolveGenesysCloudHosts, type GenesysCloudHosts, type GenesysCloudRegion } from './regions.js';

/** How the client obtains its first token. Client credentials (a service integration) is the default. */
export type GenesysCloudGrantOption =
  | 'client_credentials'
  | { authorizationCode: { code: string; codeVerifier: string; redirectUri: string } }
  | { refreshToken: string };

export interface GenesysCloudClientOptions
  extends Pick<TokenManagerOptions, 'store' | 'storeKey' | 'refreshSkewMs' | 'clock' | 'tokenRequestTimeoutMs'> {
  /** Region id (`us-east-1`, `eu-west-1`, ...) or environment domain (`mypurecloud.ie`); default `us-east-1`. */
  region?: GenesysCloudRegion | (string & {});
  /** Overrides the API host from `region` (sandboxes, proxies). */
  apiBaseUrl?: string;
  /** Overrides the login host from `region`; the token endpoint is `<loginBaseUrl>/oauth/token`. */
  loginBaseUrl?: string;
  /** OAuth client id. */
  clientId: string;
  /** OAuth client secret (confidential clients). */
  clientSecret?: string;
  /** Default `'client_credentials'`. */
  grant?: GenesysCloudGrantOption;
  /** Retry policy for 429/5xx (see @ccaas/auth-core); `false` disables retries. */
  retry?: AuthMiddlewareOptions['retry'];
  /**
   * Pacing from the platform's inin-ratelimit-* headers, per-endpoint pauses after a 429, and `budget` to share one
   * allowance across processes (`createRedisRateBudget` from @ccaas/token-store-redis); see @ccaas/auth-core.
   */
  rateLimit?: AuthMiddlewareOptions['rateLimit'];
  /** Fetch used for API and token requests; default looks up `globalThis.fetch` per call. */
  fetch?: FetchLike;
  /** Extra headers sent with every API request. */
  headers?: Record<string, string>;
}

export type GenesysCloudClient = Client<paths> & {
  /** The token manager: `hasRefreshCapability()`, `expire()`, `on('tokenRefreshed', ...)`, ... */
  tokenManager: TokenManager;
  /** API host, login host and token endpoint in use. */
  hosts: GenesysCloudHosts;
};

function createGrant(options: GenesysCloudClientOptions, tokenEndpoint: string): Grant {
  const { clientId, clientSecret, grant = 'client_credentials' } = options;
  if (grant === 'client_credentials') {
    if (!clientSecret) {
      throw new ConfigurationError('[@ccaas/genesys-cloud] clientSecret is required for the client-credentials grant');
    }
    return clientCredentialsGrant({ tokenEndpoint, clientId, clientSecret });
  }
  if ('authorizationCode' in grant) {
    return authorizationCodeGrant({ tokenEndpoint, clientId, clientSecret, ...grant.authorizationCode });
  }
  return refreshTokenGrant({ tokenEndpoint, clientId, clientSecret, refreshToken: grant.refreshToken });
}

/**
 * A typed Genesys Cloud Platform API client (openapi-fetch) with auth-core's middleware installed: tokens are
 * obtained on first use, refreshed before expiry, re-obtained once after a 401, and 429s are retried per Retry-After.
 */
export function createGenesysCloudClient(options: GenesysCloudClientOptions): GenesysCloudClient {
  if (!options.clientId) throw new ConfigurationError('[@ccaas/genesys-cloud] clientId is required');
  const regionHosts = resolveGenesysCloudHosts(options.region ?? 'us-east-1');
  const loginBaseUrl = (options.loginBaseUrl ?? regionHosts.loginBaseUrl).replace(/\/+$/, '');
  const hosts: GenesysCloudHosts = {
    apiBaseUrl: (options.apiBaseUrl ?? regionHosts.apiBaseUrl).replace(/\/+$/, ''),
    loginBaseUrl,
    tokenEndpoint: `${loginBaseUrl}/oauth/token`,
  };
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokenManager = createTokenManager({
    grant: createGrant(options, hosts.tokenEndpoint),
    store: options.store,
    storeKey: options.storeKey,
    refreshSkewMs: options.refreshSkewMs,
    clock: options.clock,
    tokenRequestTimeoutMs: options.tokenRequestTimeoutMs,
    fetch: fetchImpl,
  });
  const client = createClient<paths>({
    baseUrl: hosts.apiBaseUrl,
    fetch: (request: Request) => fetchImpl(request),
    headers: { Accept: 'application/json', ...options.headers },
  });
  client.use(authMiddleware(tokenManager, { retry: options.retry, rateLimit: options.rateLimit, describeError: describeGenesysError }));
  return Object.assign(client, { tokenManager, hosts });
}
