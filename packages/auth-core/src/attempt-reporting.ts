/**
 * Attempt reporting: what onAttempt and a tracer see of a call (every send, every wait, every token request), and
 * the subscription to the token manager's token attempts that feeds them. Timestamps are epoch ms (they go to users
 * and spans); lengths are measured on the monotonic clock, so a wall-clock step cannot bend them.
 */
import type { CallState, Outcome } from './call-state.js';
import { urlOf } from './call-state.js';
import { ConfigurationError } from './errors.js';
import type { AttemptOutcome, TokenManagerEvents } from './events.js';
import type { TokenSource } from './middleware-options.js';
import type { AttemptEvent, StreamAttemptEvent, StreamCause, WaitReport, WaitTracer } from './observability.js';
import { RequestTimeoutError } from './errors.js';

/** When something began: epoch ms for reports (`at`), `performance.now()` for its length. */
export interface Stopwatch {
  at: number;
  mono: number;
}

export function stopwatch(): Stopwatch {
  return { at: Date.now(), mono: performance.now() };
}

export function elapsedMs(started: Stopwatch): number {
  return Math.max(0, Math.round(performance.now() - started.mono));
}

/** What a call reports through; `timesAttempts` and `tracer` say whether anything is listening (no timing otherwise). */
export interface AttemptReporter {
  /** Only with onAttempt are sends timed. */
  readonly timesAttempts: boolean;
  readonly tracer: WaitTracer | undefined;
  attempt(event: AttemptEvent): void;
  /** One send ended (`started`: when it went out). */
  reportSend(state: CallState, reason: 'first' | 'replay' | 'retry', started: Stopwatch, outcome: Outcome): void;
  /** A wait that took time becomes a span (only called with a tracer). */
  traceWait(state: CallState, reason: WaitReport['reason'], started: Stopwatch, extra?: Partial<WaitReport>): void;
  /** A token endpoint attempt, from the token manager's `tokenRequest` event. */
  tokenRequest(event: TokenManagerEvents['tokenRequest']): void;
}

export function createAttemptReporter(
  onAttempt: ((event: AttemptEvent) => void) | undefined,
  tracerOption: WaitTracer | false | undefined,
): AttemptReporter {
  const tracer = tracerOption || undefined;
  if (tracer !== undefined && typeof tracer.wait !== 'function') {
    throw new ConfigurationError('tracer must be openTelemetrySpans(trace.getTracer(...)) from @ccaas/auth-core', {
      code: 'invalid_option',
      option: 'tracer',
    });
  }
  const attempt = (event: AttemptEvent) => {
    try {
      onAttempt?.(event);
    } catch {
      // a throwing hook must never break a request
    }
  };
  return {
    timesAttempts: onAttempt !== undefined,
    tracer,
    attempt,
    reportSend(state, reason, started, outcome) {
      let result: AttemptOutcome = 'response';
      if ('error' in outcome) {
        const { reason: abortReason, aborted } = state.signal;
        result = !aborted ? 'network_error' : abortReason instanceof RequestTimeoutError ? 'timeout' : 'aborted';
      }
      attempt({
        kind: 'request',
        reason,
        attempt: reason === 'first' ? 1 : state.sends,
        method: state.original.method,
        url: urlOf(state),
        startedAt: started.at,
        durationMs: Math.round(performance.now() - started.mono),
        outcome: result,
        ...('response' in outcome ? { status: outcome.response.status } : { error: errorName(outcome.error) }),
      });
    },
    traceWait(state, reason, started, extra) {
      const endedAt = started.at + elapsedMs(started);
      tracer?.wait({ reason, method: state.original.method, url: urlOf(state), startedAt: started.at, endedAt, ...extra });
    },
    tokenRequest(event) {
      attempt({ kind: 'token', ...event });
      tracer?.tokenRequest(event);
    },
  };
}

/** `TypeError (ECONNREFUSED)`: an error's name and system code, nothing that could hold a secret. */
export function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error value';
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? `${error.name} (${cause.code})` : error.name;
}

/** A listener whose scope holds the WeakRef alone (a closure made beside `owner` would keep it alive). */
function weakListener(weak: WeakRef<(event: TokenManagerEvents['tokenRequest']) => void>) {
  return (event: TokenManagerEvents['tokenRequest']) => weak.deref()?.(event);
}

/** Unsubscribes a collected owner's listener from its token manager (the listener itself holds nothing). */
const unsubscribeWhenCollected = new FinalizationRegistry<() => void>((unsubscribe) => unsubscribe());

/**
 * Subscribes `report` to the source's token attempts for as long as `owner` lives (a middleware made per request or
 * per tenant must not stay subscribed to a long-lived manager): the listener reaches `report` through a WeakRef, the
 * owner must hold `report` itself, and a FinalizationRegistry unsubscribes once the owner is collected. Returns the
 * explicit unsubscribe (undefined when the source has no events).
 */
export function subscribeTokenAttempts(
  owner: object,
  source: TokenSource,
  report: (event: TokenManagerEvents['tokenRequest']) => void,
): (() => void) | undefined {
  if (typeof source.on !== 'function') return undefined;
  const unsubscribe = source.on('tokenRequest', weakListener(new WeakRef(report)));
  unsubscribeWhenCollected.register(owner, unsubscribe, owner);
  return () => {
    unsubscribeWhenCollected.unregister(owner);
    unsubscribe();
  };
}

/**
 * Where a platform client keeps the `onAttempt` and `tracer` it was made with, for the event streams made on it
 * later (`subscribeNotifications(client, ...)`, `agentEvents(client, ...)`): a registered symbol, so a client of the
 * other build (CommonJS next to ESM) is read the same, and a non-enumerable property, so it stays out of the way.
 */
const streamObserversKey = Symbol.for('@ccaas/auth-core.streamObservers');

interface StreamObservers {
  onAttempt: ((event: AttemptEvent) => void) | undefined;
  tracer: WaitTracer | undefined;
}

/** Keeps the client's `onAttempt` and `tracer` on it for its event streams (see {@link reportStreamAttempts}). */
export function keepStreamObservers(client: object, onAttempt: ((event: AttemptEvent) => void) | undefined, tracer: WaitTracer | false | undefined): void {
  const observers: StreamObservers = { onAttempt, tracer: tracer || undefined };
  Object.defineProperty(client, streamObserversKey, { value: observers });
}

/**
 * The outcome a stream step's cause implies, the same for every stream: a connection that failed is a network error,
 * a missed heartbeat or a poll timeout is a timeout, an abort is an abort, anything else came with an answer.
 */
export function streamOutcomeOf(cause: StreamCause | undefined): AttemptOutcome {
  if (cause === 'network' || cause === 'socket_closed' || cause === 'connect_failed') return 'network_error';
  if (cause === 'timeout' || cause === 'heartbeat_timeout') return 'timeout';
  if (cause === 'aborted') return 'aborted';
  return 'response';
}

/** A stream step's view of an error: its name (never its message) and its HTTP status when it carries one. */
export function streamErrorFields(error: unknown): { error: string; status?: number } {
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'number' ? { error: errorName(error), status } : { error: errorName(error) };
}

/** A stream step as the stream knows it; `kind`, `stream` and `streamId` are filled in by the reporter. */
export type StreamStep = Omit<StreamAttemptEvent, 'kind' | 'stream' | 'streamId'>;

let streamCount = 0;

/**
 * The reporter of one event stream made on `client`: each step goes to the client's `onAttempt` and its tracer's
 * `stream` span, under one `streamId`. Undefined when the client has neither (the stream then builds no events).
 * A throwing hook or tracer never breaks the stream.
 */
export function reportStreamAttempts(client: object, stream: string): ((step: StreamStep) => void) | undefined {
  const observers = (client as { [streamObserversKey]?: StreamObservers })[streamObserversKey];
  const { onAttempt, tracer } = observers ?? {};
  if (onAttempt === undefined && tracer?.stream === undefined) return undefined;
  // unique within the process, readable in logs; a random part tells processes apart
  const streamId = `${stream}-${(++streamCount).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return (step) => {
    const event: StreamAttemptEvent = { kind: 'stream', stream, streamId, ...step };
    try {
      onAttempt?.(event);
    } catch {
      // an observer's failure never breaks the stream
    }
    try {
      tracer?.stream?.(event);
    } catch {
      // nor does a tracer's
    }
  };
}
