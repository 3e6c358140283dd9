/**
 * Options: every default of @ccaas/auth-core in one place (`authCoreDefaults`, mirrored by the README options tables)
 * and the validation that turns bad options into a {@link ConfigurationError} naming the option (never its value).
 */
import { ConfigurationError } from './errors.js';
import type { FetchLike } from './token-endpoint-types.js';

/** Every default of @ccaas/auth-core in one place (the README options tables mirror this object). */
export const authCoreDefaults = {
  tokenManager: {
    /** Refresh this long before expiry; the effective skew is min(5 min, 10% of the token lifetime). */
    refreshSkewMs: 300_000,
    /** Fraction of the lifetime used when it is shorter than `refreshSkewMs`. */
    refreshSkewFraction: 0.1,
    /** Per attempt of a token request that is safe to resend (client credentials, password grant). */
    tokenRequestTimeoutMs: 10_000,
    /**
     * Hard cap of an attempt that spends a single-use credential (refresh token, authorization code): such a request
     * is never cut at `tokenRequestTimeoutMs`, since resending the credential after the server processed it would
     * revoke the session (refresh token reuse detection).
     */
    singleUseRequestTimeoutMs: 120_000,
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
    /**
     * Waiting for another holder's refresh (or for an unavailable store) ends after max(lockRounds x lockTtlMs,
     * singleUseRequestTimeoutMs) with `token_lock_timeout` (`token_store_unavailable`).
     */
    lockRounds: 3,
    /** Store TTL of an entry that holds a refresh token (it outlives the access token). */
    refreshTokenStoreTtlMs: 7 * 24 * 3_600_000,
  },
  middleware: {
    maxRetries: 3,
    baseDelayMs: 500,
    /** Longest single wait; a Retry-After beyond it fails fast with RateLimitError. */
    maxDelayMs: 60_000,
    /** Budget of all waits of one request, rate-limit pauses included. */
    maxTotalWaitMs: 120_000,
    /** Deadline of a whole call (pauses, token waits, backoff, retries, sends); 0: none. */
    timeoutMs: 0,
    /** After a refresh + replay still got a 401, that token's 401s fail at once for this long; 0: refresh every time. */
    unauthorizedFailFastMs: 30_000,
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
    /**
     * A send unanswered this long no longer counts as in flight: it has reached the server (whose count holds it),
     * or it was never sent (a later openapi-fetch middleware answered it from onRequest or threw). A minute: long
     * enough that a slow answer on a loaded machine is never forgotten while the server may still count it (at 10 s
     * the 4-process rate-limit bench rows drew more 429s).
     */
    unansweredAfterMs: 60_000,
    /**
     * The allowance learned from 429s when responses carry no rate-limit headers (rate-limiter.ts; constants, not
     * options, shared with the Redis budget): a 429 with a longer Retry-After is a quota, not a window, and teaches
     * nothing; the step (3%, at least 1) is how far a 429 lowers the allowance and how far below it sends are paced;
     * after `probeWindows` windows without a 429 while sends queue, the allowance rises by `probeRiseFraction` (1%, at
     * least 1); a spent window that counted fewer than `minCount` answers teaches nothing (someone else's traffic, or
     * an endpoint's own limit: pacing the whole client that low on one such 429 would starve it).
     */
    learned: { maxRetryAfterMs: 60_000, stepFraction: 0.03, probeWindows: 20, probeRiseFraction: 0.01, minCount: 10 },
  },
} as const;

// ---- validation ------------------------------------------------------------------------------------------------

/** Throws a {@link ConfigurationError} naming (never echoing) the option when it is not a non-empty string. */
export function requireOption(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${name} is required (a non-empty string)`, { code: 'missing_option', option: name });
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
    throw new ConfigurationError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number`, {
      code: 'invalid_option',
      option: name,
    });
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
  throw new ConfigurationError('scope must be a string or an array of strings', { code: 'invalid_option', option: 'scope' });
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
    throw new ConfigurationError(`${label} must be an absolute URL such as https://login.example.com/oauth/token`, {
      code: 'invalid_url',
      option: label,
    });
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`${label} must not contain credentials`, { code: 'invalid_url', option: label });
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new ConfigurationError(
    `${label} must use https (http is allowed only for loopback hosts), got ${url.protocol}//${url.host}`,
    { code: 'invalid_url', option: label },
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
  throw new ConfigurationError(`${name} is required (a URL string, URL, or a function resolving one)`, {
    code: 'missing_option',
    option: name,
  });
}

export function optionalEndpoint(value: unknown, name: string): TokenEndpoint | undefined {
  return value === undefined ? undefined : requireEndpoint(value, name);
}

// ---- helpers for the platform client factories -------------------------------------------------------------------

/** Levenshtein distance (insert/delete/substitute cost 1), for did-you-mean suggestions; inputs are short. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input` (case-insensitive edit distance), when it is close enough to be a likely typo:
 * at most a third of the longer string's length, and at least 1 edit allowed.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= allowed ? best.candidate : undefined;
}

/** Where a factory's option error comes from: its package (the message prefix) and its name. */
export interface OptionsOwner {
  /** e.g. `@ccaas/genesys-cloud` */
  packageName: string;
  /** e.g. `createGenesysCloudClient` */
  factory: string;
}

/**
 * Throws a {@link ConfigurationError} (`unknown_option`) for the first own property of `options` that is not in
 * `known` and is not undefined, suggesting the closest known name; `hints` give a tailored message for names users try (e.g. CXone's
 * `region`). Plain-JavaScript callers get what TypeScript's excess-property check gives typed ones.
 */
export function rejectUnknownOptions(
  options: object,
  known: readonly string[],
  owner: OptionsOwner,
  hints: Readonly<Record<string, string>> = {},
): void {
  for (const [name, value] of Object.entries(options)) {
    // An unknown key holding undefined carries nothing (e.g. a shared config object's unset field).
    if (known.includes(name) || value === undefined) continue;
    const hint = hints[name];
    const suggestion = closestMatch(name, known);
    const advice = hint ?? (suggestion ? `did you mean "${suggestion}"?` : `the options are ${known.join(', ')}`);
    throw new ConfigurationError(`${owner.factory}() has no option "${name}": ${advice}`, {
      code: 'unknown_option',
      option: name,
      packageName: owner.packageName,
    });
  }
}

/**
 * Validates a base URL option (API host, login host, issuer): an absolute https URL, or http on a loopback host
 * (tests, sandboxes), without credentials, query or fragment. Returns it without trailing slashes. The message names
 * the option and shows `example`; it echoes the given value only when it is not a parseable URL (a URL's user info
 * or query could hold a secret).
 */
export function parseBaseUrlOption(value: unknown, option: string, owner: OptionsOwner, example: string): string {
  const fail = (problem: string): never => {
    throw new ConfigurationError(`${option} ${problem}; pass an absolute https URL such as ${example} (http only for loopback hosts)`, {
      code: 'invalid_url',
      option,
      packageName: owner.packageName,
    });
  };
  if (typeof value !== 'string' && !(value instanceof URL)) return fail(`must be a URL string, got ${value === null ? 'null' : typeof value}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`is not an absolute URL (got ${JSON.stringify(String(value).slice(0, 80))})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail(`must use https, got ${url.protocol}`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return fail(`must use https for ${url.host} (http is allowed only for loopback hosts)`);
  if (url.username || url.password) return fail('must not contain credentials');
  if (url.search || url.hash) return fail('must not contain a query string or fragment');
  return url.href.replace(/\/+$/, '');
}

/** Throws a {@link ConfigurationError} (`missing_option`, option `options`) unless `options` is a plain object. */
export function requireOptionsObject(options: unknown, owner: OptionsOwner, example: string): asserts options is object {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigurationError(`${owner.factory}() needs an options object, e.g. ${example}`, {
      code: 'missing_option',
      option: 'options',
      packageName: owner.packageName,
    });
  }
}

/** A required string option: `missing_option` when absent or empty, `invalid_option` when not a string; `hint` says where to find it. */
export function requireStringOption(value: unknown, option: string, owner: OptionsOwner, hint: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  const missing = value === undefined || value === '';
  throw new ConfigurationError(`${option} ${missing ? 'is required' : 'must be a non-empty string'}: ${hint}`, {
    code: missing ? 'missing_option' : 'invalid_option',
    option,
    packageName: owner.packageName,
  });
}

/**
 * The options every client factory shares: the given string options are strings, `fetch` is a function, `headers` an
 * object. Throws a {@link ConfigurationError} (`invalid_option`) naming the first one that is not.
 */
export function checkCommonClientOptions(options: Record<string, unknown>, stringOptions: readonly string[], owner: OptionsOwner): void {
  const fail = (option: string, expected: string) => {
    throw new ConfigurationError(`${option} must be ${expected}`, { code: 'invalid_option', option, packageName: owner.packageName });
  };
  for (const option of stringOptions) if (options[option] !== undefined && typeof options[option] !== 'string') fail(option, 'a string');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') fail('fetch', 'a function');
  const { headers } = options;
  if (headers !== undefined && (headers === null || typeof headers !== 'object')) fail('headers', 'an object of header names to string values');
}

/**
 * A client's fetch: `fetch` (default `globalThis.fetch`, looked up per call) with the `requestInitExt` option (e.g.
 * `{ dispatcher }` of an undici proxy or mTLS agent) under each call's own init, for API, token and discovery
 * requests alike; a ConfigurationError (`invalid_option`) when it is not an object.
 */
export function withRequestInitExt(fetch: FetchLike | undefined, requestInitExt: unknown, owner: OptionsOwner): FetchLike {
  const base: FetchLike = fetch ?? ((input, init) => globalThis.fetch(input, init));
  if (requestInitExt === undefined) return base;
  if (requestInitExt === null || typeof requestInitExt !== 'object') {
    throw new ConfigurationError('requestInitExt must be an object of extra fetch init fields, e.g. { dispatcher }', {
      code: 'invalid_option',
      option: 'requestInitExt',
      packageName: owner.packageName,
    });
  }
  return (input, init) => base(input, { ...requestInitExt, ...init });
}

/** Throws a {@link ConfigurationError} (`invalid_option`) naming the first of `names` that is set but not a positive integer. */
export function checkPositiveIntegerOptions(options: Record<string, unknown>, names: readonly string[], owner: OptionsOwner): void {
  for (const option of names) {
    const value = options[option];
    if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value > 0)) continue;
    throw new ConfigurationError(`${option} must be a positive integer`, { code: 'invalid_option', option, packageName: owner.packageName });
  }
}
