import createClient, { type Client } from 'openapi-fetch';
import type { AuthMiddlewareOptions, FetchLike, TokenManager, TokenManagerOptions } from '@ccaas/auth-core';
import { passwordGrant } from '@ccaas/auth-core/platform';
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
import { clientOnHost, digitalHostFromApiEndpoint, hostRoutingMiddleware, requireHost, UNDISCOVERED_HOST_URLS, type CxoneHost, type CxoneHosts } from './cxone-hosts.js';
import { CXONE_DISCOVERY_TIMEOUT_MS, createSharedDiscovery } from './discover-api-base-url.js';
import { DiscoveryError } from './discovery-error.js';
import { readIdTokenClaims } from './read-id-token-claims.js';

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
  /**
   * The tenant's digital (DFO) host, e.g. `https://api-de-na1.niceincontact.com`; default: built from discovery's
   * `area` + `domain` (or from `apiEndpoint`) as NICE's agent SDK does.
   */
  digitalEndpoint?: string;
  /** Longest time tenant discovery may take (it is shared, so it never runs on one caller's signal); default 10 000. */
  discoveryTimeoutMs?: number;
  /** Scopes requested; default `openid offline_access` (offline_access asks for a refresh token). */
  scope?: string;
  /** Retry policy for 429/5xx (see @ccaas/auth-core); `false` disables retries. */
  retry?: AuthMiddlewareOptions['retry'];
  /** Per-endpoint pauses after a 429 and their options (NICE CXone sends no rate-limit headers to pace from); see @ccaas/auth-core. */
  rateLimit?: NonNullable<AuthMiddlewareOptions['rateLimit']>; // not `| undefined`: the same type as ClientMiddlewareOptions' under exactOptionalPropertyTypes
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

/**
 * The client: one token manager, one auth layer (retries, rate-limit state) and one openapi-fetch instance, typed per
 * API family: `adminApi(cxone)` from `@ccaas/nice-cxone/admin`, `digitalApi(cxone)` from `@ccaas/nice-cxone/digital`,
 * ... or `cxone.withPaths<P>()`. The root carries no paths.
 */
export interface CxoneClient {
  /** The token manager: `hasRefreshCapability()`, `expire()`, `on('tokenRefreshed', ...)`, ... */
  tokenManager: TokenManager;
  /** Resolves (and caches) the tenant's API facade origin, e.g. `https://api-na1.niceincontact.com` (paths start at its root). */
  apiBaseUrl(options?: { signal?: AbortSignal }): Promise<string>;
  /** Resolves the origin of a host: `api` (the API facade) or `digital` (`https://api-de-{area}.{domain}`). */
  hostUrl(host: CxoneHost, options?: { signal?: AbortSignal }): Promise<string>;
  /** True when the last token response carried a refresh token (otherwise refresh re-runs the access-key grant). */
  issuedRefreshToken(): Promise<boolean>;
  /**
   * This same client typed with an openapi-typescript `paths` type: a family's (what `adminApi(cxone)` does) or your
   * own for an operation we do not ship, paths from the host root (`/inContactAPI/services/v34.0/...`). `host`
   * `digital` sends to the digital host. Same token manager, discovery, retries and rate-limit state.
   */
  withPaths<UserPaths extends {}>(host?: CxoneHost): CxoneApi<UserPaths>;
  /** Adds openapi-fetch middleware for every family's requests (both hosts). */
  use: Client<{}>['use'];
  /** Removes middleware added with `use`. */
  eject: Client<{}>['eject'];
}

/** The client typed with one family's (or your own) `paths`: `GET`, `POST`, ... plus the client's members. */
export type CxoneApi<Paths extends {}> = Client<Paths> & CxoneClient;

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
  'digitalEndpoint',
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
function validateOptions(options: CxoneClientOptions): { issuer: string; apiEndpoint: string | undefined; digitalEndpoint: string | undefined } {
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
  const digitalEndpoint =
    options.digitalEndpoint === undefined ? undefined : parseBaseUrlOption(options.digitalEndpoint, 'digitalEndpoint', owner, 'https://api-de-na1.niceincontact.com');
  return { issuer, apiEndpoint, digitalEndpoint };
}

/**
 * A typed NICE CXone API client (openapi-fetch) with auth-core's auth (`authFetch`): access-key (password) grant at
 * `{issuer}/auth/token`, rotating refresh tokens when issued, and the tenant's API host discovered once.
 */
export function createCxoneClient(options: CxoneClientOptions): CxoneClient {
  const { issuer, apiEndpoint, digitalEndpoint } = validateOptions(options);
  const knownHosts: CxoneHosts | undefined = apiEndpoint ? { api: apiEndpoint, digital: digitalEndpoint ?? digitalHostFromApiEndpoint(apiEndpoint) } : undefined;
  // Requests of a host that is not known yet go to a placeholder origin that the routing middleware (installed only
  // then) rewrites once discovery has answered; a known host is addressed directly.
  const baseUrlOf = (host: CxoneHost) => knownHosts?.[host] ?? UNDISCOVERED_HOST_URLS[host];
  // auth as openapi-fetch's fetch, below every middleware: the host-routing middleware and the user's (`use`) run
  // first; a call's own `fetch` goes through the same auth. With every host known there is nothing to discover, and
  // no middleware: openapi-fetch then skips its per-call middleware work.
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
      optionNames: { username: 'accessKeyId', password: 'accessKeySecret', tokenEndpoint: 'issuer' },
    }),
    describeError: describeCxoneError,
    createClient: (fetch) =>
      createClient<{}>({ baseUrl: baseUrlOf('api'), fetch, headers: { Accept: 'application/json', ...options.headers } }),
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
  const hosts = async (call: { signal?: AbortSignal } = {}): Promise<CxoneHosts> => {
    if (knownHosts) return knownHosts;
    const found = await discover(call);
    return digitalEndpoint ? { ...found, digital: digitalEndpoint } : found;
  };
  const hostUrl = async (host: CxoneHost, call: { signal?: AbortSignal } = {}) => requireHost(await hosts(call), host);

  if (knownHosts?.digital === undefined) client.use(hostRoutingMiddleware(hosts));
  let digitalView: Client<{}> | undefined;
  return Object.assign(client, {
    tokenManager,
    apiBaseUrl: (call?: { signal?: AbortSignal }) => hostUrl('api', call),
    hostUrl,
    issuedRefreshToken: async () => Boolean((await tokenManager.getTokenSet()).refreshToken),
    // openapi-fetch clients are untyped at run time: the paths type only changes what compiles. The digital view is
    // the same client with the digital origin as each request's base URL (made on first use).
    withPaths: <UserPaths extends {}>(host: CxoneHost = 'api') =>
      (host === 'digital' ? (digitalView ??= clientOnHost(client, baseUrlOf('digital'))) : client) as unknown as CxoneApi<UserPaths>,
  }) as unknown as CxoneClient;
}

function readTenantId(idToken: string | undefined): string | undefined {
  const tenantId = readIdTokenClaims(idToken)?.tenantId;
  return typeof tenantId === 'string' && tenantId !== '' ? tenantId : undefined;
}
