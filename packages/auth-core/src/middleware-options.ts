/**
 * The options of authMiddleware/authFetch, the part of them the platform clients take as their own, and what the
 * middleware needs from a token source. Resolved with their defaults in one place: `createCallContext` (call-context.ts).
 */
import type { DescribeError } from './describe-error-body.js';
import type { AttemptEvent, WaitTracer } from './observability.js';
import type { RateLimitOptions } from './rate-limiter.js';
import type { RetryOptions } from './retry-policy.js';
import type { TokenManager } from './token-manager.js';

export interface AuthMiddlewareOptions {
  /** Retry policy; `false` disables retries (the single 401 refresh + replay still happens). */
  retry?: RetryOptions | false;
  /**
   * Deadline of a whole call in ms: rate-limit pauses, waits for a token, backoff, retries and every send; past it the
   * call fails with RequestTimeoutError (at once when a planned wait would end after it). Default 0: no deadline
   * (waits are still bounded by `retry.maxTotalWaitMs`). A per-call `signal` still works alongside.
   */
  timeoutMs?: number;
  /**
   * After a refresh + replay still answered 401, further 401s with that same token fail at once with
   * UnauthorizedError (no token request) for this long; a call with any other token refreshes as usual.
   * Default 30 000; 0 refreshes on every 401.
   */
  unauthorizedFailFastMs?: number;
  /**
   * The second argument of every fetch this middleware sends itself (replays, retries), e.g. `{ dispatcher }` for an
   * undici proxy or mTLS agent: pass the same object as openapi-fetch's `createClient({ requestInitExt })`. A
   * per-call `dispatcher` (`client.GET(path, { dispatcher })`) is kept for that call's replays as well. With
   * {@link authFetch} it goes with first sends too, so openapi-fetch need not have it.
   */
  requestInitExt?: Record<string, unknown>;
  /** Sees every real attempt (first send, replay, retry, token request) with timing and outcome; see README. */
  onAttempt?: (event: AttemptEvent) => void;
  /**
   * Spans for token requests and waits: `openTelemetrySpans(trace.getTracer('my-service'))` with your own
   * `@opentelemetry/api`, or a {@link WaitTracer} of your own; default none (`false` also means none).
   */
  tracer?: WaitTracer | false;
  /**
   * Platform error-body reader; its defined fields override what the middleware always reads (`readErrorFields`:
   * code, message, correlation id, `WWW-Authenticate` scopes). Pass `describeErrorBody` for generic permission lists.
   */
  describeError?: DescribeError;
  /** Response headers holding a correlation id, first match wins; default ININ-Correlation-Id, X-Correlation-Id, X-Request-Id, Request-Id. */
  correlationIdHeaders?: readonly string[];
  /** Random source in [0, 1) for jitter; default `Math.random`. */
  random?: () => number;
  /**
   * Pacing from rate-limit headers, per-bucket pauses after a 429, a budget shared across processes (rate-limiter.ts);
   * `false` turns pacing off (a 429 still pauses its endpoint family unless `retry.pauseOnRateLimit` is false).
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Every non-2xx response rejects the call with an `HttpError` (status, code, correlationId, body, method, url)
   * instead of coming back as openapi-fetch's `{ error }`; 401/403/429 keep their subclasses. Default false.
   */
  throwOnError?: boolean;
}

/** The middleware options the platform clients take as their own and pass on (besides `retry`). */
export type ClientMiddlewareOptions = Pick<
  AuthMiddlewareOptions,
  'timeoutMs' | 'unauthorizedFailFastMs' | 'onAttempt' | 'tracer' | 'rateLimit' | 'throwOnError'
>;

/** Their names, for the clients' unknown-option checks. */
export const clientMiddlewareOptionNames = [
  'timeoutMs',
  'unauthorizedFailFastMs',
  'onAttempt',
  'tracer',
  'rateLimit',
  'throwOnError',
] as const satisfies readonly (keyof ClientMiddlewareOptions)[];

/** Picks {@link ClientMiddlewareOptions} out of a client's options. */
export function clientMiddlewareOptions(options: ClientMiddlewareOptions): ClientMiddlewareOptions {
  const { timeoutMs, unauthorizedFailFastMs, onAttempt, tracer, rateLimit, throwOnError } = options;
  return { timeoutMs, unauthorizedFailFastMs, onAttempt, tracer, rateLimit, throwOnError };
}

/**
 * What the middleware needs from a token manager: `getToken`; a {@link TokenManager}'s other members, when present,
 * add the synchronous send (`tokenIfReady`), the rate-limit bucket name (`storeKey`), the `retry`/`rateLimited`
 * events (`emitRequestEvent`) and token attempts for onAttempt/tracer (`on`). Typed members, not a module-level
 * lookup: a manager from the other build (CommonJS next to ESM) works the same.
 */
export type TokenSource = Pick<TokenManager, 'getToken'> &
  Partial<Pick<TokenManager, 'storeKey' | 'tokenIfReady' | 'emitRequestEvent' | 'on'>>;
