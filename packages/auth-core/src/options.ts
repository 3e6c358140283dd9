/**
 * Options: every default of @ccaas/auth-core in one place (`authCoreDefaults`, mirrored by the README options tables)
 * and the validation that turns bad options into a {@link ConfigurationError} naming the option (never its value).
 */
import { ConfigurationError } from './errors.js';
import type { ClientAuthenticationMethod } from './token-endpoint-client.js';

/** Every default of @ccaas/auth-core in one place (the README options tables mirror this object). */
export const authCoreDefaults = {
  tokenManager: {
    /** Refresh this long before expiry; the effective skew is min(5 min, 10% of the token lifetime). */
    refreshSkewMs: 300_000,
    /** Fraction of the lifetime used when it is shorter than `refreshSkewMs`. */
    refreshSkewFraction: 0.1,
    tokenRequestTimeoutMs: 10_000,
    /** Retries of a token request after 5xx/429/timeout/network failures. */
    tokenRequestRetries: 2,
    tokenRetryBaseDelayMs: 250,
    tokenRetryMaxDelayMs: 5_000,
    /** Lifetime assumed when the token response has no `expires_in`. */
    defaultTokenLifetimeMs: 3_600_000,
    /** After a failed proactive refresh the still-valid token is used for this long before trying again. */
    proactiveRetryBackoffMs: 5_000,
    /** Cross-process lock TTL (`store.tryLock`) and the longest wait for another holder's refresh per round. */
    lockTtlMs: 30_000,
    lockPollIntervalMs: 100,
    /** Lock rounds (wait for the holder, then try the lock again) before giving up with `token_lock_timeout`. */
    lockRounds: 3,
    /** Store TTL of an entry that holds a refresh token (it outlives the access token). */
    refreshTokenStoreTtlMs: 7 * 24 * 3_600_000,
  },
  middleware: {
    maxRetries: 3,
    baseDelayMs: 500,
    /** Longest single wait; a Retry-After beyond it fails fast with RateLimitError. */
    maxDelayMs: 60_000,
    /** Budget of all waits of one request. */
    maxTotalWaitMs: 120_000,
    retryOnStatuses: [502, 503, 504] as readonly number[],
    /** A 429's Retry-After holds back the limited bucket (endpoint family, or the spent client window) until it has passed. */
    pauseOnRateLimit: true,
    idempotentMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'] as readonly string[],
    correlationIdHeaders: ['inin-correlation-id', 'x-correlation-id', 'x-request-id', 'request-id'] as readonly string[],
  },
  /** authMiddleware's `rateLimit` options (rate-limiter.ts). */
  rateLimit: {
    /** Learn the client's rate-limit window from response headers and space sends to stay inside it. */
    pacing: true,
    /** Part of each end of a paced window left free of sends (at most a tenth of the window): absorbs latency jitter. */
    windowEdgeMs: 50,
    /** Share of a window's allowance that may go at its start before sends are spread over the rest of it. */
    burstFraction: 0.1,
  },
} as const;

// ---- validation ------------------------------------------------------------------------------------------------

/** Throws a {@link ConfigurationError} naming (never echoing) the option when it is not a non-empty string. */
export function requireOption(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${name} is required (a non-empty string)`);
  }
  return value;
}

/** Optional string option: undefined or a non-empty string. */
export function optionalOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  return requireOption(value, name);
}

/** A number option: undefined means `fallback`; else a finite number >= 0 (> 0 unless `allowZero`), or it throws. */
export function nonNegativeOption(value: number | undefined, name: string, fallback: number, allowZero = true): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new ConfigurationError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number`);
  }
  return value;
}

/** A lenient number option (authMiddleware's retry options): anything but a finite number >= 0 means `fallback`. */
export function nonNegativeOrDefault(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** `scope` given as a space-separated string or an array of scopes. */
export function normalizeScope(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length ? value.join(' ') : undefined;
  }
  if (typeof value === 'string') return value.trim() || undefined;
  throw new ConfigurationError('scope must be a string or an array of strings');
}

export function clientAuthenticationOption(value: unknown): ClientAuthenticationMethod {
  if (value === undefined) return 'client_secret_basic';
  if (value === 'client_secret_basic' || value === 'client_secret_post' || value === 'client_secret_basic_form_encoded') {
    return value;
  }
  throw new ConfigurationError(
    "clientAuthentication must be 'client_secret_basic', 'client_secret_post' or 'client_secret_basic_form_encoded'",
  );
}

// ---- endpoints -------------------------------------------------------------------------------------------------

/** A token endpoint given directly or resolved lazily (e.g. after OpenID discovery). */
export type TokenEndpoint = string | URL | (() => string | URL | Promise<string | URL>);

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** True for `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Validates a token endpoint URL: https, or http only on a loopback host (tests, sandboxes).
 * Throws {@link ConfigurationError}; the message never echoes query strings or user info.
 */
export function parseTokenEndpointUrl(value: string | URL, label = 'tokenEndpoint'): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${label} must be an absolute URL`);
  }
  if (url.username || url.password) throw new ConfigurationError(`${label} must not contain credentials`);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new ConfigurationError(
    `${label} must use https (http is allowed only for loopback hosts), got ${url.protocol}//${url.host}`,
  );
}

/** Resolves a {@link TokenEndpoint} at request time and validates it. */
export async function resolveTokenEndpoint(endpoint: TokenEndpoint, label = 'tokenEndpoint'): Promise<URL> {
  const value = typeof endpoint === 'function' ? await endpoint() : endpoint;
  return parseTokenEndpointUrl(value, label);
}

/** Validates a static endpoint now; a function endpoint is validated when it is resolved. */
export function requireEndpoint(value: unknown, name: string): TokenEndpoint {
  if (typeof value === 'function') return value as TokenEndpoint;
  if (typeof value === 'string' || value instanceof URL) {
    parseTokenEndpointUrl(value, name);
    return value;
  }
  throw new ConfigurationError(`${name} is required (a URL string, URL, or a function resolving one)`);
}

export function optionalEndpoint(value: unknown, name: string): TokenEndpoint | undefined {
  return value === undefined ? undefined : requireEndpoint(value, name);
}
