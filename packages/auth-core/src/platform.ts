/**
 * The internal entry for the sibling packages: the platform clients' (@ccaas/genesys-cloud, @ccaas/nice-cxone) shared
 * assembly (`createPlatformClient`: user agent -> fetch -> token manager -> authFetch -> the openapi-fetch client)
 * and option checks, and the refresh-lease protocol a shared token store carries (@ccaas/token-store-redis, or a
 * custom store with `tryLock`). Not for applications: it follows the sibling packages, not semver for third parties.
 *
 * @packageDocumentation
 * @module @ccaas/auth-core/platform
 */
import { keepStreamObservers } from './attempt-reporting.js';
import { authFetch, authorizeCallFetch, type AuthFetch } from './auth-fetch.js';
import type { DescribeError } from './describe-error-body.js';
import type { Grant } from './grants.js';
import { clientMiddlewareOptionNames, clientMiddlewareOptions, type ClientMiddlewareOptions } from './middleware-options.js';
import { withRequestInitExt, type OptionsOwner } from './options.js';
import type { RetryOptions } from './retry-policy.js';
import type { FetchLike } from './token-endpoint-types.js';
import { createTokenManager, type TokenManager, type TokenManagerOptions } from './token-manager.js';
import { createUserAgent, withUserAgent } from './user-agent.js';

/*
 * The public index's values a sibling package uses or re-exports at run time, re-exported here so that its run-time
 * imports stay on this entry: a bundler that splits code (esbuild) puts every module a reached entry re-exports into
 * the startup chunks once a lazily loaded chunk shares it, so through the public index a client's startup bundle
 * would carry describe-error-body.ts, which only a failed call (deferred.ts) runs. Types come from the public index.
 */
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
export { authorizationCodeGrant, basicClientCredentialsGrant, passwordGrant, refreshTokenGrant } from './grants.js';
export { buildAuthorizationUrl, createPkcePair, generateState } from './authorization-request.js';
export { loadDeferredModules } from './load-deferred.js';
export { openTelemetrySpans } from './observability.js';
export { reportStreamAttempts, streamErrorFields, streamOutcomeOf } from './attempt-reporting.js';
export type { StreamStep } from './attempt-reporting.js';
export { authorizeCallFetch } from './auth-fetch.js';
export { clientMiddlewareOptionNames, clientMiddlewareOptions } from './middleware-options.js';
export type { ClientMiddlewareOptions } from './middleware-options.js';
export {
  checkCommonClientOptions,
  checkPositiveIntegerOptions,
  closestMatch,
  isLoopbackHost,
  parseBaseUrlOption,
  rejectUnknownOptions,
  requireOptionsObject,
  requireStringOption,
  withRequestInitExt,
} from './options.js';
export type { OptionsOwner } from './options.js';
export { createUserAgent, withUserAgent } from './user-agent.js';
// the lease protocol a store with `tryLock` carries as its `refreshLease` member (see TokenStore.refreshLease)
export { refreshLease } from './refresh-lease.js';
export type { AcquireLeaseOptions, HeldLease, LeaseOutcome, RefreshLease } from './token-store.js';

/** The options every platform client takes alike (besides its grant's and hosts' own). */
export interface PlatformClientOptions
  extends ClientMiddlewareOptions,
    Pick<TokenManagerOptions, 'store' | 'storeKey' | 'refreshSkewMs' | 'clock' | 'tokenRequestTimeoutMs'> {
  /** Retry policy for API requests; `false` disables retries (the single 401 refresh + replay still happens). */
  retry?: RetryOptions | false;
  /** Sends every request (token and API); default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** The second argument of every fetch (`{ dispatcher }` for an undici proxy or mTLS agent). */
  requestInitExt?: Record<string, unknown>;
  /** Your application's product token, sent before the package's in the User-Agent header. */
  userAgent?: string;
}

/** Their names, for the clients' unknown-option checks (each client adds its own). */
export const platformClientOptionNames = [
  'retry',
  'fetch',
  'requestInitExt',
  'userAgent',
  'store',
  'storeKey',
  'refreshSkewMs',
  'clock',
  'tokenRequestTimeoutMs',
  ...clientMiddlewareOptionNames,
] as const satisfies readonly (keyof PlatformClientOptions)[];

export interface PlatformClientSettings<Client extends object> {
  /** The user's options (already checked by the platform client). */
  options: PlatformClientOptions;
  /** The platform client, for errors naming the option. */
  owner: OptionsOwner;
  /** The platform package's version, for the User-Agent. */
  packageVersion: string;
  /** How tokens are obtained (the token manager sends its requests with the client's fetch). */
  grant: Grant;
  /** The platform's error-body reader. */
  describeError: DescribeError;
  /** Builds the openapi-fetch client on `fetch` (the auth); its per-call `fetch` option is then routed through the auth too. */
  createClient: (fetch: AuthFetch) => Client;
  /** Wraps the auth before the client gets it, e.g. to add what the platform knows to the errors it throws. */
  wrapAuth?: (auth: AuthFetch) => AuthFetch;
}

export interface PlatformClient<Client extends object> {
  client: Client;
  tokenManager: TokenManager;
  /** The fetch with the user agent and requestInitExt, without auth (for the platform's own unauthenticated calls). */
  fetch: FetchLike;
  auth: AuthFetch;
}

/**
 * The assembly both platform clients share: the User-Agent, the fetch every request goes through, the token manager,
 * the auth as openapi-fetch's fetch (`authFetch`: middleware added with `use` runs around it, and openapi-fetch skips
 * its per-call middleware work when none is installed), and a call's own `fetch` routed through the same auth.
 */
export function createPlatformClient<Client extends object>(settings: PlatformClientSettings<Client>): PlatformClient<Client> {
  const { options, owner } = settings;
  const userAgent = createUserAgent(owner.packageName, settings.packageVersion, options.userAgent);
  const fetch: FetchLike = withUserAgent(withRequestInitExt(options.fetch, options.requestInitExt, owner), userAgent);
  const tokenManager = createTokenManager({
    grant: settings.grant,
    store: options.store,
    storeKey: options.storeKey,
    refreshSkewMs: options.refreshSkewMs,
    clock: options.clock,
    tokenRequestTimeoutMs: options.tokenRequestTimeoutMs,
    fetch,
  });
  const baseAuth = authFetch(tokenManager, {
    fetch,
    retry: options.retry,
    describeError: settings.describeError,
    ...clientMiddlewareOptions(options),
  });
  const auth = settings.wrapAuth === undefined ? baseAuth : settings.wrapAuth(baseAuth);
  const client = authorizeCallFetch(settings.createClient(auth), auth);
  // event streams made on this client later report through the same onAttempt and tracer
  keepStreamObservers(client, options.onAttempt, options.tracer);
  return { client, tokenManager, fetch, auth };
}
