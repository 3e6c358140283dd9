/**
 * What every call of one middleware (one OAuth client) shares: its options resolved with their defaults, the token
 * source, the rate limiter, the attempt reporter, and the one piece of state calls hand on to each other (the token a
 * refresh + replay still got a 401 for). Made once per middleware; the phases of a call take it as a typed value.
 */
import { createAttemptReporter, type AttemptReporter } from './attempt-reporting.js';
import type { ErrorSettings } from './error-details.js';
import type { AuthMiddlewareOptions, TokenSource } from './middleware-options.js';
import { authCoreDefaults, nonNegativeOption } from './options.js';
import { createRateLimiter, rateLimitOption, type RateLimiter } from './rate-limiter.js';
import { resolveRetryPolicy, type RetryPolicy } from './retry-policy.js';

export interface CallContext {
  readonly tokenManager: TokenSource;
  readonly policy: RetryPolicy;
  /** Deadline of a whole call (0: none). */
  readonly timeoutMs: number;
  readonly unauthorizedFailFastMs: number;
  /** The second argument of every fetch the middleware sends itself (replays, retries). */
  readonly requestInitExt: Record<string, unknown> | undefined;
  readonly random: () => number;
  /** One per middleware; its client bucket is named after the token manager's `storeKey`. */
  readonly limiter: RateLimiter;
  readonly reporter: AttemptReporter;
  readonly errors: ErrorSettings;
  /** Every final non-2xx response throws HttpError (`throwOnError`). */
  readonly throwOnError: boolean;
  /** The token a refresh + replay still got a 401 for, and until when (`performance.now()`) its 401s fail fast. */
  persistentlyRejected: { token: string; until: number } | undefined;
}

/** Resolves authMiddleware's options (defaults: `authCoreDefaults.middleware`); invalid ones throw ConfigurationError. */
export function createCallContext(tokenManager: TokenSource, options: AuthMiddlewareOptions): CallContext {
  const defaults = authCoreDefaults.middleware;
  const policy = resolveRetryPolicy(options.retry);
  const rateLimit = rateLimitOption(options.rateLimit);
  return {
    tokenManager,
    policy,
    timeoutMs: nonNegativeOption(options.timeoutMs, 'timeoutMs', defaults.timeoutMs),
    unauthorizedFailFastMs: nonNegativeOption(options.unauthorizedFailFastMs, 'unauthorizedFailFastMs', defaults.unauthorizedFailFastMs),
    requestInitExt: options.requestInitExt,
    random: options.random ?? Math.random,
    limiter: createRateLimiter({
      ...rateLimit,
      bucketKey: rateLimit.bucketKey ?? tokenManager.storeKey,
      pauseOnRateLimit: policy.pauseOnRateLimit,
    }),
    reporter: createAttemptReporter(options.onAttempt, options.tracer),
    errors: {
      correlationIdHeaders: options.correlationIdHeaders ?? defaults.correlationIdHeaders,
      describeError: options.describeError,
      maxDelayMs: policy.maxDelayMs,
      maxTotalWaitMs: policy.maxTotalWaitMs,
    },
    throwOnError: options.throwOnError === true,
    persistentlyRejected: undefined,
  };
}
