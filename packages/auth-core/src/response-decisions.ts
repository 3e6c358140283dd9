/**
 * Response decisions: what each answer to a send means for the call. 401: refresh once and replay; 403: ForbiddenError;
 * 429: the rate limiter pauses the limited bucket, then retry or RateLimitError; a retryable 5xx or a network error:
 * backoff and retry for idempotent (or `Idempotency-Key`) requests; anything else is the final response. `settle`
 * loops over send -> decision until a decision is final.
 */
import { backoff, callErrors, sendAgain, waitForToken, waitToRetry } from './call-sends.js';
import type { CallContext } from './call-context.js';
import { discard, RESEND, urlOf, type CallState, type Next, type Outcome } from './call-state.js';
import type { FetchLike } from './token-endpoint-types.js';
import { IDEMPOTENCY_KEY_HEADER, retryAfterMs } from './retry-policy.js';

/** The statuses `settle` must see; every other status is final at once (the synchronous path). */
export function needsDecision(context: CallContext, status: number): boolean {
  return (
    status === 401 ||
    status === 403 ||
    status === 429 ||
    context.policy.retryOnStatuses.has(status) ||
    (context.throwOnError && (status < 200 || status > 299))
  );
}

/** Follows one request to its final response (or typed error), sending replays/retries as needed. */
export async function settle(context: CallContext, state: CallState, first: Outcome, fetchImpl: FetchLike): Promise<Response> {
  let outcome = first;
  for (;;) {
    const next =
      'error' in outcome
        ? await afterNetworkError(context, state, outcome.error)
        : await afterResponse(context, state, outcome.response);
    if (next !== RESEND) return next;
    outcome = await sendAgain(context, state, fetchImpl);
  }
}

async function afterResponse(context: CallContext, state: CallState, response: Response): Promise<Next> {
  switch (response.status) {
    case 401:
      return afterUnauthorized(context, state, response);
    case 403:
      throw await (await callErrors()).forbiddenError(context.errors, response, state);
    case 429:
      return afterRateLimited(context, state, response);
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
  if (!canRetry) throw (await callErrors()).networkError(state, error, retryable);
  await waitToRetry(context, state, delayMs, { error }, 'backoff');
  return RESEND;
}

/** 401: refresh once (shared by concurrent 401s of the same token) and replay; a second 401 is final. */
async function afterUnauthorized(context: CallContext, state: CallState, response: Response): Promise<Next> {
  if (state.replayedAfter401) {
    if (context.unauthorizedFailFastMs > 0) {
      context.persistentlyRejected = { token: state.token, until: performance.now() + context.unauthorizedFailFastMs };
    }
    throw await (await callErrors()).unauthorizedError(context.errors, response, state, 'answered 401 again after a token refresh and one replay');
  }
  const rejected = context.persistentlyRejected;
  if (rejected?.token === state.token && performance.now() < rejected.until) {
    const seconds = Math.ceil((rejected.until - performance.now()) / 1000);
    throw await (await callErrors()).unauthorizedError(
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
    throw await (await callErrors()).unauthorizedError(
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
async function afterRateLimited(context: CallContext, state: CallState, response: Response): Promise<Next> {
  const { policy } = context;
  // Retry-After as an HTTP date is the server's wall clock: compared with ours, the only place the wall clock counts
  const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
  // pauses the bucket also when the wait is beyond the cap
  const limiterWaitMs = context.limiter.rateLimited(state.original.url, response, retryAfter, state.original);
  if (limiterWaitMs !== undefined && limiterWaitMs > policy.maxDelayMs) {
    throw await (await callErrors()).rateLimitError(context.errors, response, state, limiterWaitMs, 'retry_after_exceeds_cap');
  }
  if (!state.template) throw await (await callErrors()).rateLimitError(context.errors, response, state, retryAfter, 'not_replayable');
  if (state.retries >= policy.maxRetries) throw await (await callErrors()).rateLimitError(context.errors, response, state, retryAfter, 'retries_exhausted');
  const delayMs = limiterWaitMs ?? backoff(context, state.retries);
  if (state.waitedMs + delayMs > policy.maxTotalWaitMs) {
    throw await (await callErrors()).rateLimitError(context.errors, response, state, retryAfter, 'total_wait_exceeded');
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
  if (context.throwOnError && (status < 200 || status > 299)) throw await (await callErrors()).httpError(context.errors, response, state);
  return response;
}

function isRetryable(context: CallContext, state: CallState): boolean {
  return (
    context.policy.idempotentMethods.has(state.original.method.toUpperCase()) ||
    state.original.headers.has(IDEMPOTENCY_KEY_HEADER)
  );
}
