/**
 * Observability of authMiddleware: the `onAttempt` hook, which sees every real attempt (an API call's first send,
 * replays after a 401, retries after 429/5xx/network errors, and every token endpoint attempt) with timing and
 * outcome, and OpenTelemetry spans for token requests, waits for a token, retry backoff and rate-limit waits.
 *
 * Spans are opt-in by import: `tracer: openTelemetrySpans(trace.getTracer('my-service'))` with a tracer of your own
 * `@opentelemetry/api`. This package never imports `@opentelemetry/api`, and the middleware only hands plain
 * {@link WaitReport}s to the adapter, so a client without one bundles no span code. Nothing here runs per request on
 * the success path: spans are recorded only when a call waits (retry, rate limit, token) or a token request is made.
 */
import type { AttemptOutcome, TokenManagerEvents } from './events.js';

/** One API send: the call's first send, a replay after a 401 and token refresh, or a retry after 429/5xx/network error. */
export interface RequestAttemptEvent {
  kind: 'request';
  reason: 'first' | 'replay' | 'retry';
  /** 1 for the call's first send, then 2, 3, ... */
  attempt: number;
  method: string;
  /** Sensitive query values redacted. */
  url: string;
  /** Epoch ms when it was sent (the first send: when this middleware's onRequest handed it on). */
  startedAt: number;
  /** Until the response headers arrived (or the failure). */
  durationMs: number;
  outcome: AttemptOutcome;
  status?: number;
  /** For outcomes other than `response`: the error's name and system code, e.g. `TypeError (ECONNREFUSED)`. */
  error?: string;
}

/** One token endpoint attempt (initial grant, refresh, re-grant; retries included), from the manager's `tokenRequest` event. */
export type TokenAttemptEvent = { kind: 'token' } & TokenManagerEvents['tokenRequest'];

/**
 * Where a long-running event stream is (a Genesys notification channel, a CXone agent session): made, connected,
 * renewed, lost, reconnecting after a cause, replaced without a gap, a window reported as a gap, ended.
 */
export type StreamPhase =
  | 'channel_created'
  | 'subscribed'
  | 'connected'
  | 'renewed'
  | 'channel_lost'
  | 'reconnecting'
  | 'replaced'
  | 'gap'
  | 'session_started'
  | 'session_ended'
  | 'closed';

/**
 * Why a stream reconnected, replaced its socket, lost a window or ended: `socket_closing` (the platform announced the
 * socket's end), `socket_closed` (closed mid-stream), `heartbeat_timeout` (a silent socket), `channel_expired` (a 404
 * after the channel's expiry), `evicted_or_token_expired` (a 404 before it: a newer channel beyond the platform's
 * limit, or the channel's token expired), `connect_failed`, `token_refreshed` (moved to a new token), `rate_limited`,
 * `network`, `server_error`, `timeout` (transient failures of a poll), `platform_ended` (the platform ended the
 * session), `session_gone` (the platform no longer knows it), `failed` (a fatal error), `aborted` (the caller's).
 */
export type StreamCause =
  | 'socket_closing'
  | 'socket_closed'
  | 'heartbeat_timeout'
  | 'channel_expired'
  | 'evicted_or_token_expired'
  | 'connect_failed'
  | 'token_refreshed'
  | 'rate_limited'
  | 'network'
  | 'server_error'
  | 'timeout'
  | 'platform_ended'
  | 'session_gone'
  | 'failed'
  | 'aborted';

/**
 * One step of an event stream's life (Genesys notifications, CXone agent events), reported through the client's
 * `onAttempt` and `tracer` like its requests. Carries ids and causes only: never a token, a socket URL or its query.
 */
export interface StreamAttemptEvent {
  kind: 'stream';
  /** Which stream, e.g. `genesys.notifications` or `cxone.agent_events`. */
  stream: string;
  /** One subscription or loop: the same for every event it reports. */
  streamId: string;
  phase: StreamPhase;
  cause?: StreamCause;
  /** The channel (Genesys) or agent session (CXone) the event concerns, when there is one. */
  channelId?: string;
  /** Reconnect or retry attempt (1, 2, ... since the last success); 1 for other phases. */
  attempt: number;
  /** Planned wait before this reconnect or retry (`reconnecting`). */
  delayMs?: number;
  /** Epoch ms when what this reports began (a gap: its first moment). */
  startedAt: number;
  /** Its length: a gap's window, 0 for a point in time. */
  durationMs: number;
  /**
   * As for requests: `network_error` for a lost socket or failed poll, `timeout` for a silent socket or a timed-out
   * poll, `aborted` when the caller ended it, else `response`.
   */
  outcome: AttemptOutcome;
  /** The REST resource (channel or session) without query string; never a socket's connect URL. */
  url: string;
  /** Topics the channel holds (notifications). */
  topicCount?: number;
  /** The HTTP status that caused it, when one did. */
  status?: number;
  /** For a failure: the error's name and system code, e.g. `TypeError (ECONNREFUSED)`. */
  error?: string;
}

/** What `onAttempt` receives. Never carries a token, secret or Authorization header. */
export type AttemptEvent = RequestAttemptEvent | TokenAttemptEvent | StreamAttemptEvent;

/** Attribute values of a span (the OpenTelemetry `AttributeValue` subset used here). */
export type SpanAttributes = Record<string, string | number | boolean>;

/** The part of an OpenTelemetry `Span` used here. */
export interface SpanLike {
  setStatus(status: { code: number; message?: string }): unknown;
  end(endTime?: number): void;
}

/** The part of an OpenTelemetry `Tracer` used here: `trace.getTracer(...)` from `@opentelemetry/api` fits. */
export interface TracerLike {
  startSpan(name: string, options?: { kind?: number; startTime?: number; attributes?: SpanAttributes }): SpanLike;
}

/** Span names and the attributes they carry (OpenTelemetry semantic conventions where one exists). */
export const spanNames = {
  /** One token endpoint attempt (CLIENT): `ccaas.token.grant_type`, `ccaas.attempt`, `url.full`, `http.response.status_code`, `error.type`. */
  tokenRequest: 'ccaas.token_request',
  /** An API call waiting for an access token (a refresh in flight, or the refresh after a 401): `ccaas.wait.reason`. */
  tokenWait: 'ccaas.token_wait',
  /** Backoff before retrying a 5xx or network error: `ccaas.retry.attempt`, `ccaas.wait.planned_ms`, `http.response.status_code` or `error.type`. */
  retryWait: 'ccaas.retry_wait',
  /** A wait for a rate limit: a 429's Retry-After or backoff, or this client's pause after another call's 429 (`ccaas.wait.reason`). */
  rateLimitWait: 'ccaas.rate_limit_wait',
  /**
   * One step of an event stream ({@link StreamAttemptEvent}; a gap spans its window): `ccaas.stream.name`,
   * `ccaas.stream.id`, `ccaas.stream.phase`, `ccaas.stream.cause`, `ccaas.stream.channel_id`, `ccaas.attempt`,
   * `ccaas.wait.planned_ms`, `ccaas.outcome`, `url.full`, `http.response.status_code`, `error.type`.
   */
  stream: 'ccaas.stream',
} as const;

/** `attributes` plus those of `optional` that are defined (a span attribute cannot be undefined). */
function withDefined(attributes: SpanAttributes, optional: Record<string, string | number | boolean | undefined>): SpanAttributes {
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) attributes[key] = value;
  return attributes;
}

const SPAN_KIND_INTERNAL = 0;
const SPAN_KIND_CLIENT = 2;
const SPAN_STATUS_ERROR = 2;
/**
 * A finished wait of an API call, as authMiddleware reports it to its `tracer`. `reason`: `token_refresh` (waited for
 * a token), `token_refresh_after_401`, `backoff` (before retrying a 5xx or network error), `rate_limited` (a 429's
 * Retry-After or backoff), `rate_limiter` (held back by this client's pacing or a paused endpoint family).
 */
export interface WaitReport {
  reason: 'token_refresh' | 'token_refresh_after_401' | 'backoff' | 'rate_limited' | 'rate_limiter';
  method: string;
  /** Sensitive query values redacted. */
  url: string;
  startedAt: number;
  endedAt: number;
  /** Retries and planned wait (`backoff`, `rate_limited`), with the status or error that caused them. */
  attempt?: number;
  plannedMs?: number;
  status?: number;
  error?: string;
}

/** What authMiddleware's `tracer` option takes: `openTelemetrySpans(tracer)`, or your own recorder. */
export interface WaitTracer {
  /** A finished wait of an API call. */
  wait(report: WaitReport): void;
  /** One token endpoint attempt (the token manager's `tokenRequest` event). */
  tokenRequest(event: TokenManagerEvents['tokenRequest']): void;
  /** One step of an event stream made with the client (optional: a recorder without it sees none). */
  stream?(event: StreamAttemptEvent): void;
}

const waitSpanNames: Record<WaitReport['reason'], string> = {
  token_refresh: spanNames.tokenWait,
  token_refresh_after_401: spanNames.tokenWait,
  backoff: spanNames.retryWait,
  rate_limited: spanNames.rateLimitWait,
  rate_limiter: spanNames.rateLimitWait,
};

/**
 * OpenTelemetry spans (see {@link spanNames}) for authMiddleware's waits and token requests, recorded through
 * `tracer` (`trace.getTracer('my-service')` of your `@opentelemetry/api`). A throwing tracer never breaks a request.
 */
export function openTelemetrySpans(tracer: TracerLike): WaitTracer {
  function record(name: string, startedAt: number, endedAt: number, attributes: SpanAttributes, error?: string): void {
    try {
      const kind = name === spanNames.tokenRequest ? SPAN_KIND_CLIENT : SPAN_KIND_INTERNAL;
      const span = tracer.startSpan(name, { kind, startTime: startedAt, attributes });
      if (error !== undefined) span.setStatus({ code: SPAN_STATUS_ERROR, message: error });
      span.end(endedAt);
    } catch {
      // tracing must never break a request
    }
  }
  return {
    wait(report) {
      const attributes = withDefined(
        { 'http.request.method': report.method, 'url.full': report.url, 'ccaas.wait.reason': report.reason },
        {
          'ccaas.retry.attempt': report.attempt,
          'ccaas.wait.planned_ms': report.plannedMs,
          'http.response.status_code': report.status,
          'error.type': report.error,
        },
      );
      record(waitSpanNames[report.reason], report.startedAt, report.endedAt, attributes);
    },
    tokenRequest(event) {
      const attributes: SpanAttributes = {
        'ccaas.token.grant_type': event.grantType,
        'ccaas.attempt': event.attempt,
        'ccaas.outcome': event.outcome,
        'http.request.method': 'POST',
      };
      if (event.url) attributes['url.full'] = event.url;
      if (event.status !== undefined) attributes['http.response.status_code'] = event.status;
      if (event.code !== undefined) attributes['error.type'] = event.code;
      const failed = event.outcome !== 'response' || event.code !== undefined;
      record(spanNames.tokenRequest, event.startedAt, event.startedAt + event.durationMs, attributes, failed ? (event.code ?? event.outcome) : undefined);
    },
    stream(event) {
      const attributes = withDefined(
        {
          'ccaas.stream.name': event.stream,
          'ccaas.stream.id': event.streamId,
          'ccaas.stream.phase': event.phase,
          'ccaas.attempt': event.attempt,
          'ccaas.outcome': event.outcome,
          'url.full': event.url,
        },
        {
          'ccaas.stream.cause': event.cause,
          'ccaas.stream.channel_id': event.channelId,
          'ccaas.wait.planned_ms': event.delayMs,
          'ccaas.stream.topic_count': event.topicCount,
          'http.response.status_code': event.status,
          'error.type': event.error,
        },
      );
      // a window that may have lost events, or a stream that ended on a failure, is an error in a trace view
      const failed = event.phase === 'gap' || event.cause === 'failed' || event.error !== undefined;
      record(spanNames.stream, event.startedAt, event.startedAt + event.durationMs, attributes, failed ? (event.error ?? event.cause ?? event.phase) : undefined);
    },
  };
}
