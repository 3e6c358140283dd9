/**
 * One call's record from the middleware's onRequest to its final response: what the synchronous success path keeps
 * (a {@link SentCall}), the full record of the slow paths (a {@link CallState}: deadline, sends, retries, waits), and
 * the small facts read off it. Every phase (call-deadline.ts, call-sends.ts, response-decisions.ts, error-details.ts,
 * attempt-reporting.ts) takes the record as a typed value instead of sharing a closure.
 */
import { redactUrl } from './redaction.js';

/** A call's deadline (`timeoutMs`): the timer aborts `controller`, whose signal every wait and send of the call follows. */
export interface Deadline {
  /** `performance.now()` ms: a wall-clock step (NTP, VM resume) neither stretches nor cuts the deadline. */
  at: number;
  /** What the call was doing, for the RequestTimeoutError message. */
  phase: string;
  controller: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * What the synchronous success path keeps of a call between onRequest and onResponse (no `timeoutMs`, no onAttempt):
 * a {@link CallState} is made from it only when a status or a network error needs one.
 */
export interface SentCall {
  readonly id: string;
  /** The request openapi-fetch handed over (a per-call `dispatcher` sits on it as a property); also the one sent. */
  readonly original: Request;
  /** What replays clone: `original` when it has no body, an unsent clone when it has one; undefined when none could be kept. */
  template: Request | undefined;
  token: string;
  /**
   * Only a CallState has one (`timeoutMs`). `| undefined` spelled out: this declaration reaches consumers through
   * the platform entry's types, and under `exactOptionalPropertyTypes` CallState's `Deadline | undefined` must fit it.
   */
  deadline?: Deadline | undefined;
}

/** One call between onRequest and its final response. URL pieces are computed only when something needs them. */
export interface CallState extends SentCall {
  /** The request sent first: `original`, or a copy that follows the deadline's signal. */
  sent: Request;
  signal: AbortSignal;
  /** Sends so far (1 after the first). */
  sends: number;
  retries: number;
  waitedMs: number;
  replayedAfter401: boolean;
  /** Why the next send happens (onAttempt). */
  nextReason: 'replay' | 'retry';
  /** Epoch ms of the first send, and its `performance.now()` for the duration (only timed when onAttempt is set). */
  sentAt: number;
  sentAtMono: number;
  deadline: Deadline | undefined;
  url?: string;
  path?: string;
}

/** What one send produced: a response, or the error fetch rejected with. */
export type Outcome = { response: Response } | { error: unknown };

/** A new record for `request` (`token`: taken at once; `template`: kept by the synchronous path), nothing waited yet. */
export function newCallState(request: Request, id: string, token = '', template?: Request): CallState {
  return {
    id,
    original: request,
    sent: request,
    signal: request.signal,
    template,
    token,
    sends: 1,
    retries: 0,
    waitedMs: 0,
    replayedAfter401: false,
    nextReason: 'retry',
    sentAt: 0,
    sentAtMono: 0,
    deadline: undefined,
  };
}

/** URL with sensitive query values redacted, computed once per call and only when an error or event needs it. */
export function urlOf(state: CallState): string {
  return (state.url ??= redactUrl(state.original.url));
}

export function authorize(request: Request, token: string): Request {
  request.headers.set('authorization', `Bearer ${token}`);
  return request;
}

/** What a replay or retry resends: the request itself without a body, else an unsent clone (undefined: not clonable). */
export function replayTemplate(request: Request): Request | undefined {
  if (request.body === null) return request;
  try {
    // before sending: the sent request's body is consumed (a stream body is teed and buffered)
    return request.clone();
  } catch {
    return undefined;
  }
}
