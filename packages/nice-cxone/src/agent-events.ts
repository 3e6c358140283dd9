/**
 * CXone agent-session events: start (or join) an agent session, long-poll `get-next-event`, yield typed events, and
 * keep polling across token refreshes, 401 replays, 429s and network errors. Its own entry point.
 *
 * @packageDocumentation
 * @module @ccaas/nice-cxone/agent-events
 */
import { CcaasError, ConfigurationError, NetworkError, RateLimitError, RequestTimeoutError } from '@ccaas/auth-core/platform';
import { agentEventAttempts, type AgentEventAttempts, type AgentSessionEndCause } from './agent-events-attempts.js';
import type { CxoneClient } from './create-cxone-client.js';
import { agentApi, type paths as AgentPaths } from './generated/agent.js';

/**
 * The three operations of the agent family (specs/nice-cxone/families/agent/openapi.yaml) this loop uses, each on the
 * version NICE's agent SDK names for it (specs/nice-cxone/source.json `version.source`: AGENT_SESSION_URI_TS v33.0,
 * GET_NEXT_EVENT_URI v23.0; ending a session is v34.0). `satisfies` keeps them in the generated family's paths, so a
 * version that drifts from the spec does not compile; the CXone mock serves these same paths.
 */
export const agentSessionPaths = {
  start: '/inContactAPI/services/v33.0/agent-sessions',
  nextEvent: '/inContactAPI/services/v23.0/agent-sessions/{sessionId}/get-next-event',
  end: '/inContactAPI/services/v34.0/agent-sessions/{sessionId}',
} as const satisfies Record<string, keyof AgentPaths>;

/** `POST .../agent-sessions` query: the agent's station, as the agent family's spec types it (`stationId` required). */
export type StartAgentSessionRequest = AgentPaths[typeof agentSessionPaths.start]['post']['parameters']['query'];

/** Event types NICE's agent SDK handles (`GetNextEventType`); others pass through as strings. */
export type AgentEventType =
  | 'AgentSessionStart'
  | 'AgentSessionEnd'
  | 'RemoteAgentSessionEnd'
  | 'AgentState'
  | 'AgentLeg'
  | 'CallContactEvent'
  | 'DigitalContactEvent'
  | 'VoiceMailContactEvent'
  | 'WorkItemContactEvent'
  | 'Mute'
  | 'UpdatePermissions'
  | 'UpdateUnavailableCodes'
  | 'UpdateSkills'
  | 'UpdateMessages'
  | 'UpdateIndicators'
  | 'Indicator'
  | 'PopURL'
  | 'PageOpen'
  | 'RunApp'
  | 'CustomEvent'
  | 'AgentAssist'
  | 'UpdateCallbacks'
  | 'PromiseKeeper'
  | 'PromiseKeeperStatus'
  | 'Conference'
  | 'HoursOfOperation';

/**
 * One event of `get-next-event`: `Type` plus string fields, as the platform sends them. Typed here because the agent
 * family's spec (`AgentEvents` schema) gives only `Type`, `IISHost` and `VCHost` and says the other properties depend
 * on the Type; the Type list and the string-valued fields follow NICE's agent SDK (nice-devone/nice-cxone-agent-sdk,
 * enum/get-next-event-type.d.ts, get-next-event-response.d.ts `events: Array<{ [key: string]: string }>`).
 */
export interface AgentEvent {
  Type: AgentEventType | (string & {});
  [field: string]: string | undefined;
}

/** What the loop yields: an event, or a note that it is retrying (with why) so a consumer can log it. */
export type AgentEventStreamItem =
  | { type: 'event'; sessionId: string; event: AgentEvent; receivedAt: number }
  | { type: 'retrying'; sessionId: string; attempt: number; delayMs: number; cause: 'rate-limited' | 'network-error' | 'server-error' | 'timeout'; error: unknown };

/** The session ended (by the platform, `AgentSessionEnd`, or a 404 for the session): nothing more will come. */
export class AgentSessionEndedError extends CcaasError {
  constructor(message: string, details: { status?: number; correlationId?: string } = {}) {
    super(`[@ccaas/nice-cxone] ${message}`, { code: 'agent_session_ended', status: details.status, correlationId: details.correlationId });
  }
}

export interface AgentEventsOptions {
  /** Start a session for this station, or join an existing one by id. */
  session: StartAgentSessionRequest | { sessionId: string };
  /** Seconds the platform holds each poll open (0-60); default 20, below the client's request timeout. */
  pollTimeoutSeconds?: number;
  /** Ends the loop; the session is ended too (DELETE) when this loop started it. */
  signal?: AbortSignal;
  /** End the session when the loop ends (abort, fatal error); default true for a session it started, false for a joined one. */
  endSession?: boolean;
  /** Transient failures in a row before the loop gives up (and ends the session); default 10. */
  maxConsecutiveFailures?: number;
  /** Backoff between retries: doubling from `initialDelayMs` to `maxDelayMs`, with jitter; default 1 000 / 30 000. */
  backoff?: { initialDelayMs?: number; maxDelayMs?: number };
  random?: () => number;
  /** Clock and timers (tests and benches pass a simulated clock); default the system's. */
  timers?: { now(): number; setTimeout(callback: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
}

const systemTimers = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown,
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function invalid(message: string, option: string) {
  return new ConfigurationError(message, { code: 'invalid_option', option, packageName: '@ccaas/nice-cxone' });
}

type Transient = Extract<AgentEventStreamItem, { type: 'retrying' }>['cause'];

/** A failure the loop waits out; undefined for a fatal one (reauthentication needed, forbidden, bad request). */
function transientCause(error: unknown): Transient | undefined {
  if (error instanceof RateLimitError) return 'rate-limited';
  if (error instanceof RequestTimeoutError) return 'timeout';
  if (error instanceof NetworkError || error instanceof TypeError) return 'network-error';
  return undefined;
}

/**
 * Yields the agent session's events. Each poll goes through the client (a token refresh, a 401 replay and 429
 * retries happen inside it); a 304 is an empty poll; transient failures back off with jitter and are reported as
 * `retrying` items. Breaking out of the loop, the signal, or a fatal error ends the session it started (DELETE).
 *
 * @example
 * for await (const item of agentEvents(cxone, { session: { stationId: 'station-1' }, signal })) {
 *   if (item.type === 'event' && item.event.Type === 'AgentState') console.log(item.event.CurrentState);
 * }
 */
export async function* agentEvents(client: CxoneClient, options: AgentEventsOptions): AsyncGenerator<AgentEventStreamItem, void, undefined> {
  const pollTimeout = options.pollTimeoutSeconds ?? 20;
  if (!Number.isInteger(pollTimeout) || pollTimeout < 0 || pollTimeout > 60) throw invalid(`pollTimeoutSeconds must be an integer 0-60, got ${String(pollTimeout)}`, 'pollTimeoutSeconds');
  if (options.session === null || typeof options.session !== 'object') throw invalid('session must be a StartAgentSessionRequest or { sessionId }', 'session');
  const timers = options.timers ?? systemTimers;
  const random = options.random ?? Math.random;
  const maxFailures = options.maxConsecutiveFailures ?? 10;
  const initialDelayMs = options.backoff?.initialDelayMs ?? 1_000;
  const maxDelayMs = options.backoff?.maxDelayMs ?? 30_000;
  const signal = options.signal;
  const api = agentApi(client);
  // the client's onAttempt/tracer see the session start, each retry with its cause, and how it ended
  const attempts = agentEventAttempts(client, timers.now);
  const joined = 'sessionId' in options.session ? options.session.sessionId : undefined;
  const sessionId = joined ?? (await startSession(api, options.session as StartAgentSessionRequest, signal, attempts));
  attempts?.started(sessionId);
  const endOnExit = options.endSession ?? joined === undefined;
  let ended = false;
  // how the loop ended, as reported: a consumer's `break` or the signal unless something else is known
  let end: { cause: AgentSessionEndCause; error?: unknown } = { cause: 'aborted' };
  const retry = (cause: Transient, attempt: number, error: unknown, status?: number) => {
    const delayMs = backoffDelay(attempt, initialDelayMs, maxDelayMs, random);
    attempts?.retrying(cause, attempt, delayMs, error, status);
    return { type: 'retrying', sessionId, attempt, delayMs, cause, error } as const;
  };
  try {
    for (let failures = 0; !signal?.aborted; ) {
      let result: Awaited<ReturnType<typeof pollNextEvent>>;
      try {
        result = await pollNextEvent(api, sessionId, pollTimeout, signal);
      } catch (error) {
        if (signal?.aborted) return;
        const cause = transientCause(error);
        if (cause === undefined || ++failures > maxFailures) throw (end = { cause: 'failed', error }).error;
        const item = retry(cause, failures, error);
        yield item;
        await sleep(timers, item.delayMs, signal);
        continue;
      }
      const { response, data } = result;
      attempts?.seen(response.url);
      if (response.status === 304) {
        failures = 0;
        // a server (or proxy) that answers 304 at once must not turn the loop into a busy one that starves the event loop
        await yieldToEventLoop();
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        ended = true;
        const error = new AgentSessionEndedError(`agent session ${sessionId} no longer exists (${response.status}): start a new one`, { status: response.status, correlationId: response.headers.get('x-request-id') ?? undefined });
        throw (end = { cause: 'session_gone', error }).error;
      }
      if (response.status >= 500) {
        if (++failures > maxFailures) {
          throw (end = { cause: 'failed', error: new AgentSessionEndedError(`get-next-event kept failing (${response.status}) ${failures - 1} times in a row`, { status: response.status }) }).error;
        }
        const item = retry('server-error', failures, new Error(`get-next-event answered ${response.status}`), response.status);
        yield item;
        await sleep(timers, item.delayMs, signal);
        continue;
      }
      if (!response.ok) throw (end = { cause: 'failed', error: new AgentSessionEndedError(`get-next-event answered ${response.status}; the loop cannot continue`, { status: response.status }) }).error;
      failures = 0;
      // the spec types only Type/IISHost/VCHost of an event (see AgentEvent)
      const events = (data?.events ?? []) as AgentEvent[];
      for (const event of events) {
        yield { type: 'event', sessionId, event, receivedAt: timers.now() };
        if (event.Type === 'AgentSessionEnd' || event.Type === 'RemoteAgentSessionEnd') {
          ended = true;
          end = { cause: 'platform_ended' };
          return;
        }
      }
    }
  } finally {
    // abort, break, or a fatal error: end the session we started, on a signal of its own (the caller's is aborted)
    if (endOnExit && !ended) await api.DELETE(agentSessionPaths.end, { params: { path: { sessionId } } }).catch(() => undefined);
    attempts?.ended(end.cause, end.error);
  }
}

type AgentApi = ReturnType<typeof agentApi>;

async function startSession(api: AgentApi, request: StartAgentSessionRequest, signal: AbortSignal | undefined, attempts: AgentEventAttempts | undefined): Promise<string> {
  const { data, response } = await api.POST(agentSessionPaths.start, { params: { query: request }, ...(signal ? { signal } : {}) });
  attempts?.seen(response.url);
  const sessionId = data?.sessionId;
  if (!response.ok || typeof sessionId !== 'string') {
    throw new AgentSessionEndedError(`starting an agent session answered ${response.status} without a sessionId: check the station and the agent's login`, { status: response.status });
  }
  return sessionId;
}

/** One long poll; a 304 (no event within `timeout`) comes back as a response, not data. */
function pollNextEvent(api: AgentApi, sessionId: string, timeout: number, signal: AbortSignal | undefined) {
  return api.GET(agentSessionPaths.nextEvent, { params: { path: { sessionId }, query: { timeout } }, ...(signal ? { signal } : {}) });
}

/** One macrotask turn (real time, not the injectable timers: it waits for nothing, it only lets I/O and timers run). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function backoffDelay(attempt: number, initialDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function sleep(timers: NonNullable<AgentEventsOptions['timers']>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const handle = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      timers.clearTimeout(handle);
      resolve();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
