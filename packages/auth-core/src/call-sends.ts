/**
 * Sending one call: the token it waits for and the rate limiter's hold on each send, with every
 * wait following the call's signal (abort and deadline) and charged to `retry.maxTotalWaitMs`; and the hand-over of
 * an answer that is not final at once to response-decisions.ts (part of deferred.ts, loaded then), which replays,
 * retries and waits.
 *
 * The rate limiter (rate-limiter.ts) is asked before every send: `acquireSend` answers undefined on the fast path (no
 * bucket paused or paced: no wait, no timer). Every send it let through is shown to `limiter.observe` exactly once
 * (the middleware's onResponse/onError for the first send, `sendAgain` for the others), and a 429 to
 * `limiter.rateLimited` (`rateLimitPause`), which pauses the limited bucket.
 */
import { elapsedMs, stopwatch } from './attempt-reporting.js';
import type { CallContext } from './call-context.js';
import { deadlineLeftMs, enterPhase, timeoutError } from './call-deadline.js';
import type { CallState, Outcome } from './call-state.js';
import { RateLimitWaitExceeded } from './errors.js';
import { loadDeferred } from './load-deferred.js';
import { retryAfterMs } from './retry-policy.js';
import type { FetchLike } from './token-endpoint-types.js';

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

/** A 429 as the rate limiter saw it: the Retry-After it carried, and the wait the limiter asks for. */
export interface RateLimitPause {
  retryAfterMs: number | undefined;
  limiterWaitMs: number | undefined;
}

/**
 * Shows a 429 to the rate limiter, which pauses the limited bucket (also when the wait is beyond the caller's cap).
 * Called as the 429 arrives, before the decisions load: a send let through meanwhile would go into the spent window.
 */
export function rateLimitPause(context: CallContext, state: CallState, response: Response): RateLimitPause {
  // Retry-After as an HTTP date is the server's wall clock: compared with ours, the only place the wall clock counts
  const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
  return { retryAfterMs: retryAfter, limiterWaitMs: context.limiter.rateLimited(state.original.url, response, retryAfter, state.original) };
}

/** Follows a call whose answer is not final at once to its final response or typed error (response-decisions.ts). */
export async function settleCall(context: CallContext, state: CallState, first: Outcome, fetchImpl: FetchLike): Promise<Response> {
  const pause = 'response' in first && first.response.status === 429 ? rateLimitPause(context, state, first.response) : undefined;
  return (await loadDeferred()).settle(context, state, first, fetchImpl, pause);
}

/**
 * Lets the limiter hold the next send back (undefined: send now). The wait follows the call's signal (abort and
 * `timeoutMs`) and is charged to `maxTotalWaitMs`: a wait known to end after what is left of either fails at once
 * (RateLimitError `rate_limit_pause` with reason `total_wait_exceeded`, or RequestTimeoutError), as does a queued
 * send still held back when its budget runs out.
 */
export function acquireSend(context: CallContext, state: CallState): Promise<void> | undefined {
  const budgetMs = context.policy.maxTotalWaitMs - state.waitedMs;
  const deadlineMs = deadlineLeftMs(state);
  const waiting = context.limiter.acquire(state.original, state.signal, Math.max(0, Math.min(budgetMs, deadlineMs)));
  return waiting && chargeRateLimitWait(context, state, waiting, deadlineMs < budgetMs);
}

/** Waits out the limiter's hold (`deadlineFirst`: the deadline, not the wait budget, bounds it) and charges it. */
export async function chargeRateLimitWait(
  context: CallContext,
  state: CallState,
  waiting: Promise<void>,
  deadlineFirst: boolean,
): Promise<void> {
  const started = stopwatch();
  enterPhase(state, 'waiting for the rate limiter');
  try {
    await waiting;
  } catch (error) {
    if (!(error instanceof RateLimitWaitExceeded)) throw error;
    const errors = await loadDeferred();
    if (!deadlineFirst) throw errors.pauseError(context.errors, state, error);
    throw timeoutError(state.original.method, state.original.url, `${errors.heldBack(error)}, past the deadline`, context.timeoutMs);
  }
  const waitedMs = elapsedMs(started);
  state.waitedMs += waitedMs;
  if (context.reporter.tracer && waitedMs > 0) context.reporter.traceWait(state, 'rate_limiter', started);
}

/** A token for this call (`rejectedToken`: the one a 401 rejected); a wait that took time becomes a span. */
export async function waitForToken(context: CallContext, state: CallState, rejectedToken?: string): Promise<string> {
  enterPhase(state, 'waiting for an access token');
  const started = stopwatch();
  const token = await context.tokenManager.getToken(
    rejectedToken === undefined ? { signal: state.signal } : { signal: state.signal, rejectedToken },
  );
  if (context.reporter.tracer && elapsedMs(started) > 0) {
    context.reporter.traceWait(state, rejectedToken === undefined ? 'token_refresh' : 'token_refresh_after_401', started);
  }
  return token;
}
