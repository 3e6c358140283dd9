/**
 * The openapi-fetch middleware. Per request (the hot path, top of `authMiddleware`): onRequest attaches the token,
 * lets the rate limiter hold the send back when a bucket is paced or paused, and keeps an unsent copy;
 * onResponse/onError show the outcome to the rate limiter and hand it to `settle`, which decides per status (401,
 * 403, 429, retryable 5xx, network error) whether to replay, wait and retry, or finish with the response or a typed
 * error.
 */
import { describeErrorBody, type DescribeError, type ErrorDescription } from './describe-error-body.js';
import {
  ForbiddenError,
  RateLimitError,
  UnauthorizedError,
  type HttpErrorDetails,
  type RateLimitReason,
} from './errors.js';
import { emitterOf } from './events.js';
import type { FetchLike } from './grants.js';
import { authCoreDefaults } from './options.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { redactSecrets, redactUrl } from './redaction.js';
import {
  abortableSleep,
  fullJitterBackoffMs,
  resolveRetryPolicy,
  retryAfterMs,
  type RetryOptions,
  type RetryPolicy,
} from './retry-policy.js';
import type { TokenManager } from './token-manager.js';

/**
 * Per-request opt-in for retrying a non-idempotent request (POST, PATCH) after 502/503/504 or a network error:
 * send this header (the server can then de-duplicate). 429 is retried for every method regardless.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export interface AuthMiddlewareOptions {
  /** Retry policy; `false` disables retries (the single 401 refresh + replay still happens). */
  retry?: RetryOptions | false;
  /** Platform error-body reader; its defined fields override the generic `describeErrorBody`. */
  describeError?: DescribeError;
  /** Response headers holding a correlation id, first match wins; default ININ-Correlation-Id, X-Correlation-Id, X-Request-Id, Request-Id. */
  correlationIdHeaders?: readonly string[];
  /** Random source in [0, 1) for jitter; default `Math.random`. */
  random?: () => number;
  /** Pacing from rate-limit headers, per-bucket pauses, a shared budget (rate-limiter.ts); `false` turns pacing off. */
  rateLimit?: RateLimitOptions | false;
}

/** What the middleware needs from a token manager. */
export type TokenSource = Pick<TokenManager, 'getToken'>;

/** Parameters openapi-fetch passes to middleware callbacks (the subset used here). */
export interface MiddlewareParams {
  request: Request;
  readonly id: string;
  readonly options: { readonly fetch: FetchLike };
}

/**
 * An openapi-fetch 0.17 `Middleware` (structurally typed, so this package does not depend on openapi-fetch).
 * Works with any client that calls onRequest/onResponse/onError the same way.
 */
export interface AuthMiddleware {
  onRequest(params: MiddlewareParams): Promise<undefined>;
  onResponse(params: MiddlewareParams & { response: Response }): Promise<Response | undefined>;
  onError(params: MiddlewareParams & { error: unknown }): Promise<Response | Error | undefined>;
}

/** One request between onRequest and its final response, keyed by openapi-fetch's request id. */
interface PendingRequest {
  /** Unsent copy of the request (body included) for replays; undefined when it could not be kept. */
  template: Request | undefined;
  token: string;
  method: string;
  /** The URL with sensitive query values redacted (for errors and events). */
  url: string;
  path: string;
  /** Idempotent method or Idempotency-Key opt-in. */
  retryable: boolean;
  retries: number;
  waitedMs: number;
  replayedAfter401: boolean;
}

/** What one send produced: a response, or the error fetch rejected with. */
type Outcome = { response: Response } | { error: unknown };

/** Returned by a status handler that has prepared a replay/retry (token refreshed or wait done): send again. */
const RESEND = Symbol('resend');

/** What a status handler decides (unless it throws a typed error): the final response, or send again. */
type Next = Response | typeof RESEND;

/** The per-request bookkeeping, made in onRequest after the token was attached. */
function trackRequest(request: Request, token: string, policy: RetryPolicy): PendingRequest {
  let template: Request | undefined;
  try {
    // cloned before sending: the body of the sent request is consumed (a stream body is teed and buffered)
    template = request.clone();
  } catch {
    template = undefined;
  }
  const method = request.method.toUpperCase();
  return {
    template,
    token,
    method,
    url: redactUrl(request.url),
    path: new URL(request.url).pathname,
    retryable: policy.idempotentMethods.has(method) || request.headers.has(IDEMPOTENCY_KEY_HEADER),
    retries: 0,
    waitedMs: 0,
    replayedAfter401: false,
  };
}

function authorize(request: Request, token: string): Request {
  request.headers.set('authorization', `Bearer ${token}`);
  return request;
}

function discard(response: Response): void {
  // not awaited: some bodies (e.g. mocked streams) never settle a cancel
  void response.body?.cancel().catch(() => undefined);
}

/**
 * openapi-fetch middleware: adds `Authorization: Bearer <token>` (refreshing first when needed), replays once after
 * a 401 with a refreshed token, throws typed errors for terminal 401/403/429, retries 429 (all methods, honouring
 * Retry-After) and 502/503/504/network errors (idempotent methods or `Idempotency-Key` opt-in) with full-jitter
 * backoff. Sends are paced to stay inside the rate-limit window the response headers report, and a 429's Retry-After
 * holds back the limited bucket (endpoint family, or the client's spent window) until it has passed (rate-limiter.ts).
 * Replays are sent with the client's fetch directly, so they skip other middlewares' onRequest.
 */
export function authMiddleware(tokenManager: TokenSource, options: AuthMiddlewareOptions = {}): AuthMiddleware {
  const policy = resolveRetryPolicy(options.retry);
  const { maxRetries, maxDelayMs, maxTotalWaitMs } = policy;
  const correlationIdHeaders = options.correlationIdHeaders ?? authCoreDefaults.middleware.correlationIdHeaders;
  const random = options.random ?? Math.random;
  /** The manager's events (retry, rateLimited); undefined for a token source not made by createTokenManager. */
  const emitter = emitterOf(tokenManager);
  const pending = new Map<string, PendingRequest>();
  // ---- rate limiter wiring (helper B1): acquire before each send, observe after it, rateLimited on a 429 ----
  const rateLimit = options.rateLimit === false ? { pacing: false } : (options.rateLimit ?? {});
  const limiter = createRateLimiter({
    ...rateLimit,
    bucketKey: rateLimit.bucketKey ?? (tokenManager as Partial<TokenManager>).storeKey,
    pauseOnRateLimit: policy.pauseOnRateLimit,
  });

  // ---- per request ------------------------------------------------------------------------------------------------

  const middleware: AuthMiddleware = {
    async onRequest({ request, id }) {
      const token = await tokenManager.getToken({ signal: request.signal });
      const waiting = limiter.acquire(request, request.signal);
      if (waiting) await waiting;
      authorize(request, token);
      pending.set(id, trackRequest(request, token, policy));
      return undefined;
    },

    async onResponse({ request, response, id, options: clientOptions }) {
      const state = pending.get(id);
      if (!state) return undefined;
      limiter.observe(response);
      try {
        const final = await settle(state, { response }, clientOptions.fetch, request.signal);
        return final === response ? undefined : final;
      } finally {
        pending.delete(id);
      }
    },

    async onError({ request, error, id, options: clientOptions }) {
      const state = pending.get(id);
      if (!state) return undefined;
      limiter.observe(undefined);
      if (request.signal.aborted) {
        pending.delete(id);
        return undefined;
      }
      try {
        // a Response returned here goes through onResponse (and this middleware's 401/429 handling) next
        return await settle(state, { error }, clientOptions.fetch, request.signal);
      } catch (final) {
        pending.delete(id);
        return final instanceof Error ? final : undefined;
      }
    },
  };

  /** Follows one request to its final response (or typed error), sending replays/retries as needed. */
  async function settle(
    state: PendingRequest,
    first: Outcome,
    fetchImpl: FetchLike,
    signal: AbortSignal,
  ): Promise<Response> {
    let outcome = first;
    for (;;) {
      const next =
        'error' in outcome
          ? await afterNetworkError(state, outcome.error, signal)
          : await afterResponse(state, outcome.response, signal);
      if (next !== RESEND) return next;
      outcome = await send(state, fetchImpl, signal);
    }
  }

  async function afterResponse(state: PendingRequest, response: Response, signal: AbortSignal): Promise<Next> {
    switch (response.status) {
      case 401:
        return afterUnauthorized(state, response, signal);
      case 403:
        throw await forbiddenError(response, state);
      case 429:
        return afterRateLimited(state, response, signal);
      default:
        return afterOtherStatus(state, response, signal);
    }
  }

  /** Network error (fetch rejected): retried like a 5xx for idempotent/opted-in requests, else rethrown. */
  async function afterNetworkError(state: PendingRequest, error: unknown, signal: AbortSignal): Promise<Next> {
    const delayMs = backoff(state.retries);
    const canRetry =
      policy.retryNetworkErrors &&
      state.retryable &&
      state.template !== undefined &&
      state.retries < maxRetries &&
      state.waitedMs + delayMs <= maxTotalWaitMs;
    if (!canRetry) throw error;
    await wait(state, delayMs, undefined, signal);
    return RESEND;
  }

  /** 401: refresh once (shared by concurrent 401s of the same token) and replay; a second 401 is final. */
  async function afterUnauthorized(state: PendingRequest, response: Response, signal: AbortSignal): Promise<Next> {
    if (state.replayedAfter401) {
      const found = await details(response, state);
      throw new UnauthorizedError(summary(found, state, 'answered 401 again after a token refresh and one replay'), found);
    }
    state.replayedAfter401 = true;
    // concurrent 401s for the same token share one refresh (or re-grant for client credentials)
    let fresh: string;
    try {
      fresh = await tokenManager.getToken({ signal, rejectedToken: state.token });
    } catch (error) {
      discard(response);
      throw error;
    }
    if (!state.template) {
      const found = await details(response, state);
      throw new UnauthorizedError(
        summary(found, state, 'answered 401; the token was refreshed but the request body could not be kept for a replay'),
        found,
      );
    }
    discard(response);
    state.token = fresh;
    return RESEND;
  }

  /**
   * 429: the limiter pauses the limited bucket and says how long to wait (Retry-After, or less when the client's
   * learned window reopens sooner; else backoff); any method is retried; typed error when over budget.
   */
  async function afterRateLimited(state: PendingRequest, response: Response, signal: AbortSignal): Promise<Next> {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
    const limiterWaitMs = limiter.rateLimited(state.url, response, retryAfter);
    if (limiterWaitMs !== undefined && limiterWaitMs > maxDelayMs) {
      throw await rateLimitError(response, state, retryAfter, 'retry_after_exceeds_cap');
    }
    if (!state.template) throw await rateLimitError(response, state, retryAfter, 'not_replayable');
    if (state.retries >= maxRetries) throw await rateLimitError(response, state, retryAfter, 'retries_exhausted');
    const delayMs = limiterWaitMs ?? backoff(state.retries);
    if (state.waitedMs + delayMs > maxTotalWaitMs) {
      throw await rateLimitError(response, state, retryAfter, 'total_wait_exceeded');
    }
    emitter?.emit('rateLimited', {
      retryAfterMs: delayMs,
      attempt: state.retries + 1,
      method: state.method,
      url: state.url,
    });
    discard(response);
    await wait(state, delayMs, response.status, signal);
    return RESEND;
  }

  /** retryOnStatuses (502/503/504) of idempotent/opted-in requests are retried; any other response is final. */
  async function afterOtherStatus(state: PendingRequest, response: Response, signal: AbortSignal): Promise<Next> {
    const { status } = response;
    if (policy.retryOnStatuses.has(status) && state.retryable && state.template && state.retries < maxRetries) {
      const delayMs = retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoff(state.retries);
      if (delayMs <= maxDelayMs && state.waitedMs + delayMs <= maxTotalWaitMs) {
        discard(response);
        await wait(state, delayMs, status, signal);
        return RESEND;
      }
    }
    return response;
  }

  // ---- sending and waiting ----------------------------------------------------------------------------------------

  async function send(state: PendingRequest, fetchImpl: FetchLike, signal: AbortSignal): Promise<Outcome> {
    const waiting = limiter.acquire(state.template!, signal);
    if (waiting) await waiting;
    const request = authorize(state.template!.clone(), state.token);
    try {
      const response = await fetchImpl(request);
      limiter.observe(response);
      return { response };
    } catch (error) {
      limiter.observe(undefined);
      if (signal.aborted) throw signal.reason;
      return { error };
    }
  }

  function backoff(retries: number): number {
    return fullJitterBackoffMs(retries, policy, random);
  }

  /** Counts a retry, reports it (`retry` event), waits, and takes a possibly newer token. */
  async function wait(state: PendingRequest, delayMs: number, status: number | undefined, signal: AbortSignal) {
    state.retries += 1;
    state.waitedMs += delayMs;
    emitter?.emit('retry', {
      attempt: state.retries,
      delayMs,
      ...(status === undefined ? {} : { status }),
      method: state.method,
      url: state.url,
      source: 'request',
    });
    await abortableSleep(delayMs, signal);
    // the token may have expired during the wait
    state.token = await tokenManager.getToken({ signal });
  }

  // ---- typed errors -------------------------------------------------------------------------------------------------

  /** Reads the error body once and describes it (generic + platform describer), secrets redacted. */
  async function details(response: Response, state: PendingRequest) {
    let body: unknown;
    try {
      const text = await response.text();
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    } catch {
      body = undefined;
    }
    const generic = describeErrorBody(response, body);
    let custom: ErrorDescription | undefined;
    try {
      custom = options.describeError?.(response, body);
    } catch {
      custom = undefined;
    }
    const described: ErrorDescription = { ...generic };
    for (const [key, value] of Object.entries(custom ?? {})) {
      if (value !== undefined) (described as Record<string, unknown>)[key] = value;
    }
    const headerCorrelationId = correlationIdHeaders
      .map((name) => response.headers.get(name))
      .find((value): value is string => Boolean(value));
    const secrets = [state.token];
    const serverMessage = described.message ? redactSecrets(described.message, secrets).slice(0, 300) : undefined;
    const correlationId = headerCorrelationId ?? described.correlationId;
    const result: HttpErrorDetails & { missingPermissions: string[] } = {
      status: response.status,
      code: redactSecrets(described.code ?? `http_${response.status}`, secrets).slice(0, 100),
      method: state.method,
      url: state.url,
      missingPermissions: (described.missingPermissions ?? []).map((p) => redactSecrets(p, secrets)),
      ...(correlationId ? { correlationId: redactSecrets(correlationId, secrets).slice(0, 200) } : {}),
      ...(serverMessage ? { serverMessage } : {}),
    };
    return result;
  }

  function summary(found: HttpErrorDetails, state: PendingRequest, what: string): string {
    const server = found.serverMessage ? `: ${found.serverMessage}` : '';
    return `${state.method} ${state.path} ${what} (${found.code})${server}`;
  }

  async function forbiddenError(response: Response, state: PendingRequest): Promise<ForbiddenError> {
    const found = await details(response, state);
    const missing = found.missingPermissions.length ? `; missing: ${found.missingPermissions.join(', ')}` : '';
    return new ForbiddenError(`${summary(found, state, 'answered 403')}${missing}`, found);
  }

  async function rateLimitError(
    response: Response,
    state: PendingRequest,
    retryAfter: number | undefined,
    reason: RateLimitReason,
  ): Promise<RateLimitError> {
    const found = await details(response, state);
    const why: Record<RateLimitReason, string> = {
      retry_after_exceeds_cap: `asks to wait ${retryAfter} ms, beyond maxDelayMs ${maxDelayMs}`,
      retries_exhausted: `still rate limited after ${state.retries} retries`,
      total_wait_exceeded: `would exceed maxTotalWaitMs ${maxTotalWaitMs}`,
      not_replayable: 'is rate limited and its body could not be kept for a retry',
    };
    return new RateLimitError(summary(found, state, `answered 429 and ${why[reason]}`), {
      ...found,
      retryAfterMs: retryAfter,
      reason,
      attempts: state.retries,
    });
  }

  return middleware;
}
