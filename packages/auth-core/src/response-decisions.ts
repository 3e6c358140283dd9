/**
 * Response decisions: what each answer to a send means for the call. 401: refresh once and replay; 403: ForbiddenError;
 * 429: the rate limiter pauses the limited bucket, then retry or RateLimitError; a retryable 5xx or a network error:
 * backoff and retry for idempotent (or `Idempotency-Key`) requests; anything else is the final response. `settle`
 * loops over send -> decision until a decision is final; `sendAgain` and `waitToRetry` are its replays and retries.
 * Part of deferred.ts, loaded by `settleCall` (call-sends.ts) at a call's first answer that is not final at once.
 */
import { elapsedMs, errorName, stopwatch, type Stopwatch } from './attempt-reporting.js';
import type { CallContext } from './call-context.js';
import { checkDeadline, enterPhase } from './call-deadline.js';
import { acquireSend, rateLimitPause, waitForToken, type RateLimitPause } from './call-sends.js';
import { authorize, urlOf, type CallState, type Outcome } from './call-state.js';
import { forbiddenError, httpError, networkError, rateLimitError, unauthorizedError } from './error-details.js';
import { abortableSleep, fullJitterBackoffMs, IDEMPOTENCY_KEY_HEADER, retryAfterMs } from './retry-policy.js';
import type { FetchLike } from './token-endpoint-types.js';

/** Returned by a status handler that has prepared a replay/retry (token refreshed or wait done): send again. */
const RESEND = Symbol('resend');

/** What a status handler decides (unless it throws a typed error): the final response, or send again. */
type Next = Response | typeof RESEND;

function discard(response: Response): void {
  // not awaited: some bodies (e.g. mocked streams) never settle a cancel
  void response.body?.cancel().catch(() => undefined);
}

/** `requestInitExt`, with the call's own `dispatcher` (undici drops it from cloned requests) on top. */
function resendInit(context: CallContext, original: Request): Record<string, unknown> | undefined {
  const dispatcher = (original as { dispatcher?: unknown }).dispatcher;
  return dispatcher === undefined ? context.requestInitExt : { ...context.requestInitExt, dispatcher };
}

/** Sends one replay or retry with `fetchImpl` (the call's fetch), with the extra fetch fields it needs. */
function sendWith(context: CallContext, fetchImpl: FetchLike, request: Request, original: Request): Promise<Response> {
  const init = resendInit(context, original);
  return init === undefined ? fetchImpl(request) : fetchImpl(request, init as RequestInit);
}

/**
 * Follows one request to its final response (or typed error), sending replays/retries as needed. `firstPause`: what
 * the rate limiter made of a first answer that is a 429 (shown to it as it arrived: `settleCall`).
 */
export async function settle(
  context: CallContext,
  state: CallState,
  first: Outcome,
  fetchImpl: FetchLike,
  firstPause?: RateLimitPause,
): Promise<Response> {
  let outcome = first;
  let pause = firstPause;
  for (;;) {
    const next =
      'error' in outcome
        ? await afterNetworkError(context, state, outcome.error)
        : await afterResponse(context, state, outcome.response, pause);
    if (next !== RESEND) return next;
    pause = undefined;
    outcome = await sendAgain(context, state, fetchImpl);
  }
}

async function afterResponse(context: CallContext, state: CallState, response: Response, pause: RateLimitPause | undefined): Promise<Next> {
  switch (response.status) {
    case 401:
      return afterUnauthorized(context, state, response);
    case 403:
      throw await forbiddenError(context.errors, response, state);
    case 429:
      return afterRateLimited(context, state, response, pause ?? rateLimitPause(context, state, response));
    default:
      return afterOtherStatus(context, state, response);
  }
}

/** Network error (fetch rejected): retried like a 5xx for idempotent/opted-in requests, else a NetworkError. */
async function afterNetworkError(context: CallContext, state: CallState, error: unknown): Promise<Next> {
  const { policy } = context;
  const delayMs = backoff(context, state.retries);
  const retryable = isRetryable(context, state);
  const canRetry =
    policy.retryNetworkErrors &&
    retryable &&
    state.template !== undefined &&
    state.retries < policy.maxRetries &&
    state.waitedMs + delayMs <= policy.maxTotalWaitMs;
  if (!canRetry) throw networkError(state, error, retryable);
  await waitToRetry(context, state, delayMs, { error }, 'backoff');
  return RESEND;
}

/** 401: refresh once (shared by concurrent 401s of the same token) and replay; a second 401 is final. */
async function afterUnauthorized(context: CallContext, state: CallState, response: Response): Promise<Next> {
  if (state.replayedAfter401) {
    if (context.unauthorizedFailFastMs > 0) {
      context.persistentlyRejected = { token: state.token, until: performance.now() + context.unauthorizedFailFastMs };
    }
    throw await unauthorizedError(context.errors, response, state, 'answered 401 again after a token refresh and one replay');
  }
  const rejected = context.persistentlyRejected;
  if (rejected?.token === state.token && performance.now() < rejected.until) {
    const seconds = Math.ceil((rejected.until - performance.now()) / 1000);
    throw await unauthorizedError(
      context.errors,
      response,
      state,
      `answered 401 to a token that was already refreshed and rejected again; not refreshing for another ${seconds} s (unauthorizedFailFastMs): check the client's permissions, region and API host`,
    );
  }
  state.replayedAfter401 = true;
  // concurrent 401s for the same token share one refresh (or re-grant for client credentials)
  let fresh: string;
  try {
    fresh = await waitForToken(context, state, state.token);
  } catch (error) {
    discard(response);
    throw error;
  }
  if (!state.template) {
    throw await unauthorizedError(
      context.errors,
      response,
      state,
      'answered 401; the token was refreshed but the request body could not be kept for a replay',
    );
  }
  discard(response);
  state.token = fresh;
  state.nextReason = 'replay';
  return RESEND;
}

/**
 * 429: the rate limiter pauses the limited bucket and says how long to wait (Retry-After, or less when the client's
 * learned window reopens sooner; else backoff); any method is retried; typed error when over budget.
 */
async function afterRateLimited(context: CallContext, state: CallState, response: Response, pause: RateLimitPause): Promise<Next> {
  const { policy } = context;
  const { retryAfterMs: retryAfter, limiterWaitMs } = pause;
  if (limiterWaitMs !== undefined && limiterWaitMs > policy.maxDelayMs) {
    throw await rateLimitError(context.errors, response, state, limiterWaitMs, 'retry_after_exceeds_cap');
  }
  if (!state.template) throw await rateLimitError(context.errors, response, state, retryAfter, 'not_replayable');
  if (state.retries >= policy.maxRetries) throw await rateLimitError(context.errors, response, state, retryAfter, 'retries_exhausted');
  const delayMs = limiterWaitMs ?? backoff(context, state.retries);
  if (state.waitedMs + delayMs > policy.maxTotalWaitMs) {
    throw await rateLimitError(context.errors, response, state, retryAfter, 'total_wait_exceeded');
  }
  context.tokenManager.emitRequestEvent?.('rateLimited', {
    retryAfterMs: delayMs,
    attempt: state.retries + 1,
    method: state.original.method,
    url: urlOf(state),
  });
  discard(response);
  await waitToRetry(context, state, delayMs, { status: 429 }, 'rate_limited');
  return RESEND;
}

/**
 * retryOnStatuses (502/503/504) of idempotent/opted-in requests are retried; any other response is final (with
 * `throwOnError`, a final non-2xx is an HttpError).
 */
async function afterOtherStatus(context: CallContext, state: CallState, response: Response): Promise<Next> {
  const { policy } = context;
  const { status } = response;
  if (policy.retryOnStatuses.has(status) && isRetryable(context, state) && state.template && state.retries < policy.maxRetries) {
    const delayMs = retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoff(context, state.retries);
    if (delayMs <= policy.maxDelayMs && state.waitedMs + delayMs <= policy.maxTotalWaitMs) {
      discard(response);
      await waitToRetry(context, state, delayMs, { status }, 'backoff');
      return RESEND;
    }
  }
  if (context.throwOnError && (status < 200 || status > 299)) throw await httpError(context.errors, response, state);
  return response;
}

function isRetryable(context: CallContext, state: CallState): boolean {
  return (
    context.policy.idempotentMethods.has(state.original.method.toUpperCase()) ||
    state.original.headers.has(IDEMPOTENCY_KEY_HEADER)
  );
}

/** A replay or retry: waits for the limiter, sends a fresh copy of the template with the call's current token. */
async function sendAgain(context: CallContext, state: CallState, fetchImpl: FetchLike): Promise<Outcome> {
  const waiting = acquireSend(context, state);
  if (waiting) await waiting;
  const request = authorize(state.template!.clone(), state.token);
  state.sends += 1;
  enterPhase(state, 'waiting for the response');
  const { reporter, limiter } = context;
  const started: Stopwatch | undefined = reporter.timesAttempts ? stopwatch() : undefined;
  try {
    const response = await sendWith(context, fetchImpl, request, state.original);
    limiter.observe(response);
    if (started) reporter.reportSend(state, state.nextReason, started, { response });
    return { response };
  } catch (error) {
    limiter.observe(undefined);
    if (started) reporter.reportSend(state, state.nextReason, started, { error });
    if (state.signal.aborted) throw state.signal.reason;
    return { error };
  }
}

function backoff(context: CallContext, retries: number): number {
  return fullJitterBackoffMs(retries, context.policy, context.random);
}

/**
 * Counts a retry, reports it (`retry` event, span), waits, and takes a possibly newer token (the send that follows
 * waits for the rate limiter). Fails at once with RequestTimeoutError when the wait would end after the deadline.
 */
async function waitToRetry(
  context: CallContext,
  state: CallState,
  delayMs: number,
  cause: { status?: number; error?: unknown },
  reason: 'backoff' | 'rate_limited',
): Promise<void> {
  checkDeadline(state, delayMs, `the next retry would start after it (${state.retries} retries made)`, context.timeoutMs);
  state.retries += 1;
  state.waitedMs += delayMs;
  state.nextReason = 'retry';
  context.tokenManager.emitRequestEvent?.('retry', {
    attempt: state.retries,
    delayMs,
    ...(cause.status === undefined ? {} : { status: cause.status }),
    method: state.original.method,
    url: urlOf(state),
    source: 'request',
  });
  const started = stopwatch();
  enterPhase(state, 'waiting to retry');
  await abortableSleep(delayMs, state.signal);
  if (context.reporter.tracer) {
    context.reporter.traceWait(state, reason, started, {
      attempt: state.retries,
      plannedMs: delayMs,
      ...(cause.status === undefined ? {} : { status: cause.status }),
      ...(cause.error === undefined ? {} : { error: errorName(cause.error) }),
    });
  }
  // the token may have expired during the wait
  state.token = await waitForToken(context, state);
}
