/**
 * Sending and waiting for one call: the token it waits for, the rate limiter's hold on each send, the backoff before
 * a retry, and the replays and retries themselves. Every wait follows the call's signal (abort and deadline) and is
 * charged to `retry.maxTotalWaitMs`.
 *
 * The rate limiter (rate-limiter.ts) is asked before every send: `acquireSend` answers undefined on the fast path (no
 * bucket paused or paced: no wait, no timer). Every send it let through is shown to `limiter.observe` exactly once
 * (the middleware's onResponse/onError for the first send, `sendAgain` for the others), and a 429 is reported through
 * `limiter.rateLimited` (response-decisions.ts), which pauses the limited bucket.
 */
import { stopwatch, elapsedMs, type Stopwatch } from './attempt-reporting.js';
import { sendWith, type CallContext } from './call-context.js';
import { checkDeadline, deadlineLeftMs, enterPhase, timeoutError } from './call-deadline.js';
import { authorize, urlOf, type CallState, type Outcome } from './call-state.js';
import { errorName } from './attempt-reporting.js';
import type { FetchLike } from './token-endpoint-types.js';
import { RateLimitWaitExceeded } from './rate-limiter.js';
import { abortableSleep, fullJitterBackoffMs } from './retry-policy.js';

/**
 * Lets the limiter hold the next send back (undefined: send now). The wait follows the call's signal (abort and
 * `timeoutMs`) and is charged to `maxTotalWaitMs`: a wait known to end after what is left of either fails at once
 * (RateLimitError `rate_limit_pause` with reason `total_wait_exceeded`, or RequestTimeoutError), as does a queued
 * send still held back when its budget runs out.
 */
/**
 * The typed errors of a failed call (error-details.ts), loaded when a call fails: a call that gets its answer never
 * builds one, so an application bundler keeps them out of the startup bundle.
 */
export const callErrors = () => import('./error-details.js');

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
    const errors = await callErrors();
    if (!deadlineFirst) throw errors.pauseError(context.errors, state, error);
    throw timeoutError(state.original.method, state.original.url, `${errors.heldBack(error)}, past the deadline`, context.timeoutMs);
  }
  const waitedMs = elapsedMs(started);
  state.waitedMs += waitedMs;
  if (context.reporter.tracer && waitedMs > 0) context.reporter.traceWait(state, 'rate_limiter', started);
}

/** A replay or retry: waits for the limiter, sends a fresh copy of the template with the call's current token. */
export async function sendAgain(context: CallContext, state: CallState, fetchImpl: FetchLike): Promise<Outcome> {
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

export function backoff(context: CallContext, retries: number): number {
  return fullJitterBackoffMs(retries, context.policy, context.random);
}

/**
 * Counts a retry, reports it (`retry` event, span), waits, and takes a possibly newer token (the send that follows
 * waits for the rate limiter). Fails at once with RequestTimeoutError when the wait would end after the deadline.
 */
export async function waitToRetry(
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
