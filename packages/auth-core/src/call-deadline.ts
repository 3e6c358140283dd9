/**
 * A call's deadline (`timeoutMs`), kept in one place: it starts with the call, labels what the call is doing (the
 * RequestTimeoutError says which phase ran out), refuses a wait that would end after it, and ends with the call.
 * Every wait and send of the call follows `state.signal`, which the deadline's timer aborts.
 */
import type { CallState, Deadline, SentCall } from './call-state.js';
import { RequestTimeoutError } from './errors.js';
import { redactUrl } from './redaction.js';

/** What a call with a deadline can be doing when it runs out. */
export type CallPhase =
  | 'waiting for an access token'
  | 'waiting for the rate limiter'
  | 'waiting for the response'
  | 'waiting to retry';

/** Starts the call's deadline: the call's signal follows it, and the first send is re-made on that signal. */
export function startDeadline(state: CallState, timeoutMs: number): void {
  const { original: request } = state;
  const controller = new AbortController();
  // the timer holds two strings, not the call: a call that ends unseen keeps no body alive until it fires
  const { method, url } = request;
  const deadline: Deadline = {
    at: performance.now() + timeoutMs,
    phase: 'waiting for an access token',
    controller,
    timer: setTimeout(() => controller.abort(timeoutError(method, url, deadline.phase, timeoutMs)), timeoutMs),
  };
  (deadline.timer as { unref?: () => void }).unref?.();
  state.deadline = deadline;
  state.signal = AbortSignal.any([request.signal, controller.signal]);
  const dispatcher = (request as { dispatcher?: unknown }).dispatcher;
  state.sent = new Request(request, { signal: state.signal, ...(dispatcher === undefined ? {} : { dispatcher }) });
}

/** Names what the call does next, for the message if the deadline passes meanwhile. */
export function enterPhase(state: SentCall, phase: CallPhase): void {
  if (state.deadline) state.deadline.phase = phase;
}

/** Ms left before the deadline (Infinity without one). */
export function deadlineLeftMs(state: CallState): number {
  return state.deadline ? state.deadline.at - performance.now() : Infinity;
}

/** Throws RequestTimeoutError when a wait of `delayMs` from now would end after the call's deadline. */
export function checkDeadline(state: CallState, delayMs: number, what: string, timeoutMs: number): void {
  if (deadlineLeftMs(state) < delayMs) throw timeoutError(state.original.method, state.original.url, what, timeoutMs);
}

/** The call has ended: its deadline timer goes (a SentCall has none). */
export function endDeadline(state: SentCall): void {
  if (state.deadline) clearTimeout(state.deadline.timer);
}

export function timeoutError(method: string, rawUrl: string, phase: string, timeoutMs: number): RequestTimeoutError {
  const url = redactUrl(rawUrl);
  return new RequestTimeoutError(
    `${method} ${url} did not complete within timeoutMs (${timeoutMs} ms): ${phase}; raise timeoutMs, or lower retry.maxTotalWaitMs/maxRetries to fail sooner`,
    { method, url, timeoutMs },
  );
}
