import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { passwordGrant, type AuthMiddlewareOptions, type FetchLike, type TokenManager, type TokenManagerOptions } from '@ccaas/auth-core';
import {
  checkCommonClientOptions,
  checkPositiveIntegerOptions,
  createPlatformClient,
  parseBaseUrlOption,
  platformClientOptionNames,
  rejectUnknownOptions,
  requireOptionsObject,
  requireStringOption,
  type ClientMiddlewareOptions,
  type OptionsOwner,
} from '@ccaas/auth-core/platform';
import { CXONE_API_PATH_PREFIX, CXONE_DISCOVERY_TIMEOUT_MS, createSharedDiscovery } from './discover-api-base-url.js';
import { DiscoveryError } from './discovery-error.js';
import type { paths } from './generated/schema.gen.js';
import { readIdTokenClaims } from './read-id-token-claims.js';

/** Where requests are addressed until the tenant's API host is known; rewritten before anything is sent. */
const UNDISCOVERED_BASE_URL = 'https://cxone-api.undiscovered.invalid';

export const CXONE_DEFAULT_ISSUER = 'https://cxone.niceincontact.com';

/** This package's name and version (the build writes the package.json version in place of the placeholder). */
export const cxonePackage: { readonly name: string; readonly version: string } = {
  name: '@ccaas/nice-cxone',
  version: '0.0.0-development',
};

export interface CxoneClientOptions
  extends Pick<TokenManagerOptions, 'store' | 'storeKey' | 'refreshSkewMs' | 'clock' | 'tokenRequestTimeoutMs'>,
    ClientMiddlewareOptions {
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
  /** Longest time tenant discovery may take (it is shared, so it never runs on one caller's signal); default 10 000. */
  discoveryTimeoutMs?: number;
  /** Scopes requested; default `openid offline_access` (offline_access asks for a refresh token). */
  scope?: string;
  /** Retry policy for 429/5xx (see @ccaas/auth-core); `false` disables retries. */
  retry?: AuthMiddlewareOptions['retry'];
  /** Per-endpoint pauses after a 429 and their options (NICE CXone sends no rate-limit headers to pace from); see @ccaas/auth-core. */
  rateLimit?: AuthMiddlewareOptions['rateLimit'];
  /** Fetch used for API, token and discovery requests; default looks up `globalThis.fetch` per call. */
  fetch?: FetchLike;
  /**
   * Extra fetch init for every API, token and discovery request, e.g. `{ dispatcher }` of an undici `ProxyAgent` or an
   * mTLS `Agent` (openapi-fetch's `requestInitExt`; kept for replays and retries).
   */
  requestInitExt?: Record<string, unknown>;
  /** Extra headers sent with every API request. */
  headers?: Record<string, string>;
  /** Your application's product token, sent first in the User-Agent (`my-app/1.2`); Node, Bun and Deno only. */
  userAgent?: string;
}

export type CxoneClient = Client<paths> & {
  /** The token manager: `hasRefreshCapability()`, `expire()`, `on('tokenRefreshed', ...)`, ... */
  tokenManager: TokenManager;
  /** Resolves (and caches) the tenant's REST base URL, e.g. `https://api-na1.niceincontact.com/inContactAPI/services/v34.0`. */
  apiBaseUrl(options?: { signal?: AbortSignal }): Promise<string>;
  /** True when the last token response carried a refresh token (otherwise refresh re-runs the access-key grant). */
  issuedRefreshToken(): Promise<boolean>;
  /**
   * This same client typed with your own openapi-typescript `paths` (an operation we do not ship, a beta or private
   * API), paths relative to `/inContactAPI/services/v34.0`. Same instance: same token manager, discovery, retries.
   */
  withPaths<UserPaths extends {}>(): Client<UserPaths>;
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

const owner: OptionsOwner = { packageName: '@ccaas/nice-cxone', factory: 'createCxoneClient' };

/** Every option name (checked against the interface by a type test), for plain-JavaScript callers' typos. */
export const cxoneClientOptionNames = [
  'accessKeyId',
  'accessKeySecret',
  'clientId',
  'clientSecret',
  'issuer',
  'tenantId',
  'apiEndpoint',
  'discoveryTimeoutMs',
  'scope',
  'headers',
  ...platformClientOptionNames,
] as const satisfies readonly (keyof CxoneClientOptions)[];

/** Options users bring from other SDKs (or the Genesys client): what to do instead. */
const misplacedOptionHints: Record<string, string> = {
  region:
    "CXone has no region option: the tenant's API host is discovered after login (tenantId from the id_token); to skip " +
    "discovery pass apiEndpoint, e.g. apiEndpoint: 'https://api-na1.niceincontact.com' (FedRAMP tenants: issuer: " +
    "'https://cxone-gov.niceincontact.com')",
  apiBaseUrl: "the option is apiEndpoint, the tenant's API host without a path, e.g. 'https://api-na1.niceincontact.com'",
  loginBaseUrl: "the option is issuer, e.g. 'https://cxone.niceincontact.com' (FedRAMP: 'https://cxone-gov.niceincontact.com')",
};

/** Checks every option that can be checked before a request; returns the issuer and API endpoint without trailing slashes. */
function validateOptions(options: CxoneClientOptions): { issuer: string; apiEndpoint: string | undefined } {
  requireOptionsObject(options, owner, 'createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret })');
  rejectUnknownOptions(options, cxoneClientOptionNames, owner, misplacedOptionHints);
  requireStringOption(options.accessKeyId, 'accessKeyId', owner, 'the access key id of a CXone user (My Profile > ACCESS KEYS)');
  requireStringOption(options.accessKeySecret, 'accessKeySecret', owner, 'the secret shown once when the access key was created');
  requireStringOption(options.clientId, 'clientId', owner, 'the client id of your registered CXone application');
  checkCommonClientOptions(options as unknown as Record<string, unknown>, ['clientSecret', 'tenantId', 'scope', 'userAgent'], owner);
  checkPositiveIntegerOptions(options as unknown as Record<string, unknown>, ['discoveryTimeoutMs'], owner);
  const issuer = options.issuer === undefined ? CXONE_DEFAULT_ISSUER : parseBaseUrlOption(options.issuer, 'issuer', owner, CXONE_DEFAULT_ISSUER);
  const apiEndpoint =
    options.apiEndpoint === undefined ? undefined : parseBaseUrlOption(options.apiEndpoint, 'apiEndpoint', owner, 'https://api-na1.niceincontact.com');
  return { issuer, apiEndpoint };
}

/**
 * A typed NICE CXone API client (openapi-fetch) with auth-core's auth (`authFetch`): access-key (password) grant at
 * `{issuer}/auth/token`, rotating refresh tokens when issued, and the tenant's API host discovered once.
 */
export function createCxoneClient(options: CxoneClientOptions): CxoneClient {
  const { issuer, apiEndpoint } = validateOptions(options);
  const knownBaseUrl = apiEndpoint ? apiEndpoint + CXONE_API_PATH_PREFIX : undefined;
  // auth as openapi-fetch's fetch, below every middleware: the discovery middleware and the user's (`use`) run first;
  // a call's own `fetch` goes through the same auth. With `apiEndpoint` given there is nothing to discover, and no
  // middleware: openapi-fetch then skips its per-call middleware work.
  const { client, tokenManager, fetch: fetchImpl } = createPlatformClient({
    options,
    owner,
    packageVersion: cxonePackage.version,
    grant: passwordGrant({
      tokenEndpoint: `${issuer}/auth/token`,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      username: options.accessKeyId,
      password: options.accessKeySecret,
      scope: options.scope ?? 'openid offline_access',
    }),
    describeError: describeCxoneError,
    createClient: (fetch) =>
      createClient<paths>({ baseUrl: knownBaseUrl ?? UNDISCOVERED_BASE_URL, fetch, headers: { Accept: 'application/json', ...options.headers } }),
  });

  const discover = createSharedDiscovery(
    issuer,
    async () => {
      const tenantId = options.tenantId ?? readTenantId((await tokenManager.getTokenSet()).idToken);
      if (!tenantId) {
        throw new DiscoveryError(
          '[@ccaas/nice-cxone] no tenantId: pass `tenantId` or `apiEndpoint`, or use a grant that returns an id_token',
          { code: 'discovery_no_tenant' },
        );
      }
      return tenantId;
    },
    fetchImpl,
    options.discoveryTimeoutMs ?? CXONE_DISCOVERY_TIMEOUT_MS,
  );
  const apiBaseUrl = (call: { signal?: AbortSignal } = {}): Promise<string> =>
    knownBaseUrl ? Promise.resolve(knownBaseUrl) : discover(call);

  // installed only when there is no apiEndpoint, so it always discovers
  const discoveryMiddleware: Middleware = {
    async onRequest({ request }) {
      if (!request.url.startsWith(UNDISCOVERED_BASE_URL)) return undefined;
      const base = await discover({ signal: request.signal });
      const url = base + request.url.slice(UNDISCOVERED_BASE_URL.length);
      const body = request.body ? await request.arrayBuffer() : undefined;
      return new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal });
    },
  };

  if (knownBaseUrl === undefined) client.use(discoveryMiddleware);
  return Object.assign(client, {
    tokenManager,
    apiBaseUrl,
    issuedRefreshToken: async () => Boolean((await tokenManager.getTokenSet()).refreshToken),
    // openapi-fetch clients are untyped at run time: the paths type only changes what compiles.
    withPaths: <UserPaths extends {}>() => client as unknown as Client<UserPaths>,
  });
}

function readTenantId(idToken: string | undefined): string | undefined {
  const tenantId = readIdTokenClaims(idToken)?.tenantId;
  return typeof tenantId === 'string' && tenantId !== '' ? tenantId : undefined;
}
