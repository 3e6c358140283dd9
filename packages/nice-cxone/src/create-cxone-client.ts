import createClient, { type Client, type Middleware } from 'openapi-fetch';
import {
  authMiddleware,
  ConfigurationError,
  createTokenManager,
  passwordGrant,
  type AuthMiddlewareOptions,
  type FetchLike,
  type TokenManager,
  type TokenManagerOptions,
} from '@ccaas/auth-core';
import { CXONE_API_PATH_PREFIX, discoverApiBaseUrl } from './discover-api-base-url.js';
import { DiscoveryError } from './discovery-error.js';
import type { paths } from './generated/schema.gen.js';
import { readIdTokenClaims } from './read-id-token-claims.js';

/** Where requests are addressed until the tenant's API host is known; rewritten before anything is sent. */
const UNDISCOVERED_BASE_URL = 'https://cxone-api.undiscovered.invalid';

export const CXONE_DEFAULT_ISSUER = 'https://cxone.niceincontact.com';

export interface CxoneClientOptions
  extends Pick<TokenManagerOptions, 'store' | 'storeKey' | 'refreshSkewMs' | 'clock' | 'tokenRequestTimeoutMs'> {
  /** Access key id (sent as `username` of the password grant). */
  accessKeyId: string;
  /** Access key secret (sent as `password` of the password grant). */
  accessKeySecret: string;
  /** OAuth client id of the registered application. */
  clientId: string;
  /** OAuth client secret of the registered application. */
  clientSecret?: string;
  /** Identity issuer; default `https://cxone.niceincontact.com` (FedRAMP: `https://cxone-gov.niceincontact.com`). */
  issuer?: string;
  /** Tenant id for discovery; default: the `tenantId` claim of the id_token. */
  tenantId?: string;
  /** Skip discovery: the tenant's `api_endpoint`, e.g. `https://api-na1.niceincontact.com`. */
  apiEndpoint?: string;
  /** Scopes requested; default `openid offline_access` (offline_access asks for a refresh token). */
  scope?: string;
  /** Retry policy for 429/5xx (see @ccaas/auth-core); `false` disables retries. */
  retry?: AuthMiddlewareOptions['retry'];
  /** Per-endpoint pauses after a 429 and their options (NICE CXone sends no rate-limit headers to pace from); see @ccaas/auth-core. */
  rateLimit?: AuthMiddlewareOptions['rateLimit'];
  /** Fetch used for API, token and discovery requests; default looks up `globalThis.fetch` per call. */
  fetch?: FetchLike;
  /** Extra headers sent with every API request. */
  headers?: Record<string, string>;
}

export type CxoneClient = Client<paths> & {
  /** The token manager: `hasRefreshCapability()`, `expire()`, `on('tokenRefreshed', ...)`, ... */
  tokenManager: TokenManager;
  /** Resolves (and caches) the tenant's REST base URL, e.g. `https://api-na1.niceincontact.com/inContactAPI/services/v34.0`. */
  apiBaseUrl(options?: { signal?: AbortSignal }): Promise<string>;
  /** True when the last token response carried a refresh token (otherwise refresh re-runs the access-key grant). */
  issuedRefreshToken(): Promise<boolean>;
};

/** Reads a CXone error body (`{error, errorDescription}` or OAuth's `error_description`). */
export function describeCxoneError(response: Response, body: unknown) {
  if (body === null || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    code: text(record.error),
    message: text(record.errorDescription) ?? text(record.error_description),
    correlationId: response.headers.get('x-request-id') ?? undefined,
  };
}

/**
 * A typed NICE CXone API client (openapi-fetch) with auth-core's middleware: access-key (password) grant at
 * `{issuer}/auth/token`, rotating refresh tokens when issued, and the tenant's API host discovered once.
 */
export function createCxoneClient(options: CxoneClientOptions): CxoneClient {
  for (const key of ['accessKeyId', 'accessKeySecret', 'clientId'] as const) {
    if (!options[key]) throw new ConfigurationError(`[@ccaas/nice-cxone] ${key} is required`);
  }
  const issuer = (options.issuer ?? CXONE_DEFAULT_ISSUER).replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokenManager = createTokenManager({
    grant: passwordGrant({
      tokenEndpoint: `${issuer}/auth/token`,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      username: options.accessKeyId,
      password: options.accessKeySecret,
      scope: options.scope ?? 'openid offline_access',
    }),
    store: options.store,
    storeKey: options.storeKey,
    refreshSkewMs: options.refreshSkewMs,
    clock: options.clock,
    tokenRequestTimeoutMs: options.tokenRequestTimeoutMs,
    fetch: fetchImpl,
  });

  let discovered: Promise<string> | undefined = options.apiEndpoint
    ? Promise.resolve(options.apiEndpoint.replace(/\/+$/, '') + CXONE_API_PATH_PREFIX)
    : undefined;
  const apiBaseUrl = ({ signal }: { signal?: AbortSignal } = {}): Promise<string> => {
    discovered ??= (async () => {
      const tenantId = options.tenantId ?? readTenantId((await tokenManager.getTokenSet({ signal })).idToken);
      if (!tenantId) {
        throw new DiscoveryError(
          '[@ccaas/nice-cxone] no tenantId: pass `tenantId` or `apiEndpoint`, or use a grant that returns an id_token',
          { code: 'discovery_no_tenant' },
        );
      }
      return discoverApiBaseUrl(issuer, tenantId, fetchImpl, signal);
    })();
    // A failed discovery is not cached: the next request tries again.
    discovered.catch(() => (discovered = undefined));
    return discovered;
  };

  const discoveryMiddleware: Middleware = {
    async onRequest({ request }) {
      if (!request.url.startsWith(UNDISCOVERED_BASE_URL)) return undefined;
      const base = await apiBaseUrl({ signal: request.signal });
      const url = base + request.url.slice(UNDISCOVERED_BASE_URL.length);
      const body = request.body ? await request.arrayBuffer() : undefined;
      return new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal });
    },
  };

  const client = createClient<paths>({
    baseUrl: UNDISCOVERED_BASE_URL,
    fetch: (request: Request) => fetchImpl(request),
    headers: { Accept: 'application/json', ...options.headers },
  });
  client.use(discoveryMiddleware, authMiddleware(tokenManager, { retry: options.retry, rateLimit: options.rateLimit, describeError: describeCxoneError }));
  return Object.assign(client, {
    tokenManager,
    apiBaseUrl,
    issuedRefreshToken: async () => Boolean((await tokenManager.getTokenSet()).refreshToken),
  });
}

function readTenantId(idToken: string | undefined): string | undefined {
  const tenantId = readIdTokenClaims(idToken)?.tenantId;
  return typeof tenantId === 'string' && tenantId !== '' ? tenantId : undefined;
}
