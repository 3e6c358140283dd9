/**
 * When to retry and how long to wait: Retry-After parsing, full-jitter backoff, and waits that an AbortSignal cuts
 * short. Used by the token manager (token requests) and by authMiddleware (API requests, with its RetryPolicy).
 */
import { authCoreDefaults, nonNegativeOrDefault } from './options.js';

/** RFC 9111 §1.2.2: a delta-seconds value too large to represent counts as 2^31 seconds. */
const MAX_DELTA_SECONDS = 2 ** 31;

/**
 * Parses an HTTP `Retry-After` value (RFC 9110 §10.2.3) into milliseconds from `now`, strictly: delta-seconds
 * (`"42"`: digits only; more than 2^31 seconds counts as 2^31, RFC 9111 §1.2.2) or an IMF-fixdate
 * (`"Wed, 21 Oct 2015 07:28:00 GMT"`; a date in the past yields 0). Anything else (fractions, signs, units, the
 * obsolete RFC 850/asctime date forms, ISO dates, impossible dates) counts as absent: `undefined`, as does an
 * absent or empty header. Used for API responses (authMiddleware) and token endpoint responses alike.
 */
export function retryAfterMs(headerValue: string | null | undefined, now: number = Date.now()): number | undefined {
  if (headerValue === null || headerValue === undefined) return undefined;
  const value = headerValue.trim();
  if (/^\d+$/.test(value)) return Math.min(Number(value), MAX_DELTA_SECONDS) * 1000;
  // `toUTCString()` writes exactly the IMF-fixdate form: a value that parses back to itself names a real date and
  // weekday (a 31 Feb, a wrong weekday, another zone or an obsolete form does not)
  const date = Date.parse(value);
  return new Date(date).toUTCString() === value ? Math.max(0, date - now) : undefined;
}

export interface BackoffOptions {
  /** Delay ceiling of the first retry (attempt 0); doubles per attempt. */
  baseDelayMs: number;
  /** Upper bound of any single delay. */
  maxDelayMs: number;
}

/**
 * "Full jitter" exponential backoff: a uniformly random delay in `[0, min(maxDelayMs, baseDelayMs * 2^attempt))`.
 * `attempt` counts retries already made (0 for the first retry). `random` must return values in `[0, 1)`.
 */
export function fullJitterBackoffMs(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
}

// ---- authMiddleware's retry policy ------------------------------------------------------------------------------

export interface RetryOptions {
  /** Retries per request for 429, retryable statuses and network errors (the single 401 replay is extra); default 3. */
  maxRetries?: number;
  /** Full-jitter base: the first retry waits up to this long, doubling per attempt; default 500. */
  baseDelayMs?: number;
  /** Longest single wait; a Retry-After beyond it fails fast (429 -> RateLimitError); default 60 000. */
  maxDelayMs?: number;
  /** Budget for all waits of one request; default 120 000. */
  maxTotalWaitMs?: number;
  /** Statuses retried for idempotent (or opted-in) requests; default [502, 503, 504]. */
  retryOnStatuses?: readonly number[];
  /** Methods retried on retryOnStatuses/network errors without opt-in; default GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotentMethods?: readonly string[];
  /** Retry network errors (fetch rejected) of idempotent/opted-in requests; default true. */
  retryNetworkErrors?: boolean;
  /**
   * After a 429 with Retry-After, hold back the other requests of the limited bucket (new ones and retries) until it
   * has passed, instead of letting them spend the limit's next window and be rejected again: the request's endpoint
   * family, or every request of the client when the 429's rate-limit headers show the client's window spent (then
   * until that window reopens). Also when the Retry-After is above `maxDelayMs` (the caller still gets its
   * RateLimitError at once); default true.
   */
  pauseOnRateLimit?: boolean;
}

/**
 * Per-request opt-in for retrying a non-idempotent request (POST, PATCH) after 502/503/504 or a network error:
 * send this header (the server can then de-duplicate). 429 is retried for every method regardless.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** {@link RetryOptions} with `authCoreDefaults.middleware` applied; an invalid number means its default. */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxTotalWaitMs: number;
  retryOnStatuses: ReadonlySet<number>;
  /** Upper-case method names. */
  idempotentMethods: ReadonlySet<string>;
  retryNetworkErrors: boolean;
  pauseOnRateLimit: boolean;
}

/** `false` disables retries (maxRetries 0); everything not given takes its default. */
export function resolveRetryPolicy(retry: RetryOptions | false | undefined): RetryPolicy {
  const defaults = authCoreDefaults.middleware;
  const given: RetryOptions = retry === false ? { maxRetries: 0 } : (retry ?? {});
  return {
    maxRetries: Math.floor(nonNegativeOrDefault(given.maxRetries, defaults.maxRetries)),
    baseDelayMs: nonNegativeOrDefault(given.baseDelayMs, defaults.baseDelayMs),
    maxDelayMs: nonNegativeOrDefault(given.maxDelayMs, defaults.maxDelayMs),
    maxTotalWaitMs: nonNegativeOrDefault(given.maxTotalWaitMs, defaults.maxTotalWaitMs),
    retryOnStatuses: new Set(given.retryOnStatuses ?? defaults.retryOnStatuses),
    idempotentMethods: new Set((given.idempotentMethods ?? defaults.idempotentMethods).map((m) => m.toUpperCase())),
    retryNetworkErrors: given.retryNetworkErrors ?? true,
    pauseOnRateLimit: given.pauseOnRateLimit ?? defaults.pauseOnRateLimit,
  };
}

// ---- waiting that an AbortSignal can cut short ------------------------------------------------------------------

/** setTimeout's longest delay (2^31 - 1 ms, 24.8 days): a longer one fires at once (TimeoutOverflowWarning). */
export const maxTimerMs = 2_147_483_647;

/**
 * Resolves after `ms`, or rejects with `signal.reason` the moment the signal aborts (immediately if it already
 * has). The timer is cleared on abort and never keeps a process alive after it fires. A wait beyond
 * {@link maxTimerMs} runs as several timers, each within what setTimeout can hold.
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const arm = (leftMs: number) => {
      timer = setTimeout(() => {
        if (leftMs > maxTimerMs) return arm(leftMs - maxTimerMs);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.min(maxTimerMs, Math.max(0, leftMs)));
    };
    arm(ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits for `promise` but rejects with `signal.reason` as soon as the signal aborts. The underlying promise keeps
 * running (it may be shared with other waiters).
 */
export function abortableWait<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
