import createClient from 'openapi-fetch';
import type {
  AuthMiddlewareOptions,
  CredentialOptionNames,
  FetchLike,
  Grant,
  TokenManager,
  TokenManagerOptions,
} from '@ccaas/auth-core';
import {
  authorizationCodeGrant,
  basicClientCredentialsGrant,
  ConfigurationError,
  refreshTokenGrant,
} from '@ccaas/auth-core/platform';
import {
  checkCommonClientOptions,
  createPlatformClient,
  parseBaseUrlOption,
  platformClientOptionNames,
  rejectUnknownOptions,
  requireOptionsObject,
  requireStringOption,
  type ClientMiddlewareOptions,
  type OptionsOwner,
} from '@ccaas/auth-core/platform';
import { describeGenesysError } from './describe-genesys-error.js';
import { attachPermissionTables, createPermissionTables, withRequiredPermissions } from './permission-tables.js';
import { createOrgRateAllowanceSeeder, type OrgRateAllowanceSeeder } from './platform-rate-allowance.js';
import type { GenesysCloudMiddleware, GenesysCloudRequests } from './genesys-cloud-api.js';
import { resolveGenesysCloudHosts, type GenesysCloudHosts, type GenesysCloudRegion } from './regions.js';

/** This package's name and version (the build writes the package.json version in place of the placeholder). */
export const genesysCloudPackage: { readonly name: string; readonly version: string } = {
  name: '@ccaas/genesys-cloud',
  version: '0.0.0-development',
};

/** The client's OAuth settings a user-login grant is built with (`grant` calls it once, at construction). */
export interface GenesysCloudGrantClient {
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string | undefined;
  /** How this client's options are named in token endpoint errors (`loginBaseUrl`, `region`). */
  optionNames?: CredentialOptionNames;
}

/**
 * A user-login grant for `grant`: `authorizationCode({ code, codeVerifier, redirectUri })` or
 * `refreshToken(saved)`. Leave `grant` out for client credentials (a service integration), the default. Imported
 * functions rather than option shapes, so a client-credentials bundle carries no user-login code.
 */
export type GenesysCloudGrant = (client: GenesysCloudGrantClient) => Grant;

export interface GenesysCloudClientOptions
  extends Pick<TokenManagerOptions, 'store' | 'storeKey' | 'refreshSkewMs' | 'clock' | 'tokenRequestTimeoutMs'>,
    ClientMiddlewareOptions {
  /**
   * Region id (`us-east-1`, `eu-west-1`, ...), in any case and with `_` or spaces (`eu_west_1`, the official SDK's
   * name), a short code (`euw2`) or the environment domain (`mypurecloud.ie`); default `us-east-1`. Not used when
   * both `apiBaseUrl` and `loginBaseUrl` are given.
   */
  region?: GenesysCloudRegion | (string & {});
  /** Overrides the API host from `region` (sandboxes, proxies): an https URL (http only on loopback). */
  apiBaseUrl?: string;
  /** Overrides the login host from `region`; the token endpoint is `<loginBaseUrl>/oauth/token`. */
  loginBaseUrl?: string;
  /** Your application's product token, sent first in the User-Agent (`my-app/1.2`); Node, Bun and Deno only. */
  userAgent?: string;
  /** OAuth client id. */
  clientId: string;
  /** OAuth client secret (confidential clients). */
  clientSecret?: string;
  /** A user login: `authorizationCode(...)` or `refreshToken(...)`; default client credentials (`clientSecret` required). */
  grant?: GenesysCloudGrant;
  /** Retry policy for 429/5xx (see @ccaas/auth-core); `false` disables retries. */
  retry?: AuthMiddlewareOptions['retry'];
  /**
   * Pacing from the platform's inin-ratelimit-* headers, per-endpoint pauses after a 429, and `budget` to share one
   * allowance across processes (`createRedisRateBudget` from @ccaas/token-store-redis); see @ccaas/auth-core.
   */
  rateLimit?: NonNullable<AuthMiddlewareOptions['rateLimit']>; // not `| undefined`: the same type as ClientMiddlewareOptions' under exactOptionalPropertyTypes
  /**
   * Pace from the org's published per-token rate (`GET /api/v2/organizations/limits/namespaces/platform.api`, read
   * once on first use) instead of learning it from the first 429s; default true. Ignored with `rateLimit: false`,
   * `pacing: false` or your own `rateLimit.initialAllowance`. When the token may not read it, the client learns.
   */
  seedRateLimitFromPlatform?: boolean;
  /** Fetch used for API and token requests; default looks up `globalThis.fetch` per call. */
  fetch?: FetchLike;
  /**
   * Extra fetch init for every API and token request, e.g. `{ dispatcher }` of an undici `ProxyAgent` or an mTLS
   * `Agent` (openapi-fetch's `requestInitExt`; kept for replays and retries).
   */
  requestInitExt?: Record<string, unknown>;
  /** Extra headers sent with every API request. */
  headers?: Record<string, string>;
}

/**
 * The client: one token manager, one auth layer (authFetch: auth, retries, rate-limit state) and one openapi-fetch
 * instance, typed per API area: `routingApi(genesys)` (from `@ccaas/genesys-cloud/routing`) or `genesys.withPaths<P>()`.
 */
export interface GenesysCloudClient {
  /** The token manager: `hasRefreshCapability()`, `expire()`, `on('tokenRefreshed', ...)`, ... */
  tokenManager: TokenManager;
  /** API host, login host and token endpoint in use. */
  hosts: GenesysCloudHosts;
  /**
   * This client typed with `Paths`, an openapi-typescript `paths` type: an area's (what `routingApi(genesys)` does)
   * or your own, for an operation we do not ship (beta, private). The same object at run time: no new tokens.
   */
  withPaths<Paths extends {}>(): GenesysCloudApi<Paths>;
  /**
   * Adds openapi-fetch middleware for every area's requests. It runs around the client's auth: onRequest sees the
   * request before the Authorization header is set, onResponse the final response (after a 401 replay or retries).
   */
  use(...middleware: GenesysCloudMiddleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: GenesysCloudMiddleware[]): void;
}

/** The type error a request on the root client shows: where the typed requests are. */
export type ImportAnApiArea =
  "the root client has no typed requests: import an API area, e.g. import { usersApi } from '@ccaas/genesys-cloud/users', then usersApi(genesys).GET('/api/v2/users'); an operation no area has: genesys.withPaths<YourPaths>().GET(...)";

/**
 * What `createGenesysCloudClient` returns. Requests go through an API area (`usersApi(genesys).GET(...)`, one entry
 * per area so a consumer type-checks only the areas it imports) or `withPaths`; the request methods declared here
 * exist only to say so where a user reaches for them (`genesys.GET('/api/v2/users')` fails with
 * {@link ImportAnApiArea} in the message).
 */
export interface GenesysCloudRootClient extends GenesysCloudClient {
  /** Import an area: `import { usersApi } from '@ccaas/genesys-cloud/users'`, then `usersApi(genesys).GET('/api/v2/users')`. */
  GET(importAnApiArea: ImportAnApiArea, ...rest: unknown[]): never;
  /** Import an area: `import { routingApi } from '@ccaas/genesys-cloud/routing'`, then `routingApi(genesys).POST(...)`. */
  POST(importAnApiArea: ImportAnApiArea, ...rest: unknown[]): never;
  /** Import an area: `import { usersApi } from '@ccaas/genesys-cloud/users'`, then `usersApi(genesys).PUT(...)`. */
  PUT(importAnApiArea: ImportAnApiArea, ...rest: unknown[]): never;
  /** Import an area: `import { usersApi } from '@ccaas/genesys-cloud/users'`, then `usersApi(genesys).PATCH(...)`. */
  PATCH(importAnApiArea: ImportAnApiArea, ...rest: unknown[]): never;
  /** Import an area: `import { usersApi } from '@ccaas/genesys-cloud/users'`, then `usersApi(genesys).DELETE(...)`. */
  DELETE(importAnApiArea: ImportAnApiArea, ...rest: unknown[]): never;
}

/** The client typed with one area's (or your own) `paths`: `GET`, `POST`, ... plus the client's members. */
export type GenesysCloudApi<Paths extends {}> = GenesysCloudRequests<Paths> & GenesysCloudClient;

const owner: OptionsOwner = { packageName: '@ccaas/genesys-cloud', factory: 'createGenesysCloudClient' };

/** Every option name (checked against the interface by a type test), for plain-JavaScript callers' typos. */
export const genesysCloudClientOptionNames = [
  'region',
  'apiBaseUrl',
  'loginBaseUrl',
  'userAgent',
  'clientId',
  'clientSecret',
  'grant',
  'headers',
  'seedRateLimitFromPlatform',
  ...platformClientOptionNames,
] as const satisfies readonly (keyof GenesysCloudClientOptions)[];

function invalidOption(message: string, option: string) {
  return new ConfigurationError(message, { code: 'invalid_option', option, packageName: owner.packageName });
}

const requireString = (value: unknown, option: string, hint: string) => requireStringOption(value, option, owner, hint);

/**
 * The authorization-code grant with PKCE for `grant`: exchanges `code` (from your OAuth callback, after checking
 * `state`) once, then refreshes with the rotating refresh token. Validates its fields now.
 */
export function authorizationCode(login: { code: string; codeVerifier: string; redirectUri: string }): GenesysCloudGrant {
  const hint = 'pass authorizationCode({ code, codeVerifier, redirectUri }) from your OAuth callback';
  if (login === null || typeof login !== 'object') throw invalidOption(`authorizationCode() needs an object: ${hint}`, 'grant.authorizationCode');
  for (const field of ['code', 'codeVerifier', 'redirectUri'] as const) requireString(login[field], `grant.authorizationCode.${field}`, hint);
  return (client) => authorizationCodeGrant({ ...client, ...login });
}

/** Starts from a refresh token saved from an earlier login (sent once; rotated tokens replace it), for `grant`. */
export function refreshToken(savedRefreshToken: string): GenesysCloudGrant {
  requireString(savedRefreshToken, 'grant.refreshToken', 'pass refreshToken(saved) with a refresh token saved from an earlier login');
  return (client) => refreshTokenGrant({ ...client, refreshToken: savedRefreshToken });
}

function createGrant(options: GenesysCloudClientOptions, tokenEndpoint: string): Grant {
  const { clientId, clientSecret, grant } = options;
  const optionNames = { tokenEndpoint: options.loginBaseUrl === undefined ? 'region or loginBaseUrl' : 'loginBaseUrl' };
  if (grant === undefined) {
    requireString(clientSecret, 'clientSecret', "the client-credentials grant needs the OAuth client's secret (or pass `grant` for a user login)");
    // no scope, client authentication or revocation options here: the grant without their code
    return basicClientCredentialsGrant({ tokenEndpoint, clientId, clientSecret: clientSecret!, optionNames });
  }
  if (typeof grant !== 'function') {
    throw invalidOption('grant must be authorizationCode({ code, codeVerifier, redirectUri }) or refreshToken(saved) from @ccaas/genesys-cloud; leave it out for client credentials', 'grant');
  }
  return grant({ tokenEndpoint, clientId, clientSecret, optionNames });
}

/** Validates every option that can be checked before a request, so mistakes surface at construction. */
function resolveHosts(options: GenesysCloudClientOptions): GenesysCloudHosts {
  const example = (host: string) => `https://${host}.mypurecloud.ie`;
  const apiBaseUrl = options.apiBaseUrl === undefined ? undefined : parseBaseUrlOption(options.apiBaseUrl, 'apiBaseUrl', owner, example('api'));
  const loginBaseUrl =
    options.loginBaseUrl === undefined ? undefined : parseBaseUrlOption(options.loginBaseUrl, 'loginBaseUrl', owner, example('login'));
  // With both hosts given, the region is not used (a sandbox or proxy); otherwise it must resolve.
  const regionHosts = apiBaseUrl !== undefined && loginBaseUrl !== undefined ? undefined : resolveGenesysCloudHosts(options.region ?? 'us-east-1');
  const login = loginBaseUrl ?? regionHosts!.loginBaseUrl;
  return { apiBaseUrl: apiBaseUrl ?? regionHosts!.apiBaseUrl, loginBaseUrl: login, tokenEndpoint: `${login}/oauth/token` };
}

/** The org's rate allowance seeds the limiter unless the user turned it (or pacing) off or gave their own. */
function orgRateAllowanceSeeder(options: GenesysCloudClientOptions, apiBaseUrl: string): OrgRateAllowanceSeeder | undefined {
  const { seedRateLimitFromPlatform = true, rateLimit } = options;
  if (typeof seedRateLimitFromPlatform !== 'boolean') throw invalidOption('seedRateLimitFromPlatform must be true or false', 'seedRateLimitFromPlatform');
  if (!seedRateLimitFromPlatform || rateLimit === false) return undefined;
  if (rateLimit !== undefined && (rateLimit.pacing === false || rateLimit.initialAllowance !== undefined)) return undefined;
  return createOrgRateAllowanceSeeder({ apiBaseUrl, grant: options.grant === undefined ? 'client-credentials' : 'user', headers: options.headers });
}

/**
 * A typed Genesys Cloud Platform API client (openapi-fetch) with auth-core's auth as its fetch (`authFetch`): tokens are
 * obtained on first use, refreshed before expiry, re-obtained once after a 401, and 429s are retried per Retry-After.
 */
export function createGenesysCloudClient(options: GenesysCloudClientOptions): GenesysCloudRootClient {
  requireOptionsObject(options, owner, "createGenesysCloudClient({ region: 'eu-west-1', clientId, clientSecret })");
  rejectUnknownOptions(options, genesysCloudClientOptionNames, owner);
  requireString(options.clientId, 'clientId', 'the OAuth client id from Admin > Integrations > OAuth');
  checkCommonClientOptions(options as unknown as Record<string, unknown>, ['clientSecret', 'userAgent'], owner);
  const hosts = resolveHosts(options);
  const permissionTables = createPermissionTables(options.grant === undefined ? 'client-credentials' : 'user');
  const seeder = orgRateAllowanceSeeder(options, hosts.apiBaseUrl);
  const { client, tokenManager } = createPlatformClient({
    options: seeder === undefined ? options : { ...options, rateLimit: { ...options.rateLimit, initialAllowance: seeder.allowance } },
    owner,
    packageVersion: genesysCloudPackage.version,
    grant: createGrant(options, hosts.tokenEndpoint),
    describeError: describeGenesysError,
    // A 403 names the permissions the operation requires, from the tables of the areas used (loaded on the first 403).
    wrapAuth: (auth) => withRequiredPermissions(auth, permissionTables),
    // openapi-fetch clients are path-agnostic at run time: the area accessors and `withPaths` only narrow the type
    createClient: (fetch) =>
      createClient<{}>({ baseUrl: hosts.apiBaseUrl, fetch: seeder?.gate(fetch) ?? fetch, headers: { Accept: 'application/json', ...options.headers } }),
  });
  attachPermissionTables(client, permissionTables);
  return Object.assign(client, {
    tokenManager,
    hosts,
    // The same object, typed (as the area accessors return it): an arrow over `client` is the fewest bundled bytes.
    withPaths: <Paths extends {}>() => client as unknown as GenesysCloudApi<Paths>,
  }) as unknown as GenesysCloudRootClient; // its request methods are typed per area; the root's only point there
}
