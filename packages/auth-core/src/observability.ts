/**
 * Observability of authMiddleware: the `onAttempt` hook, which sees every real attempt (an API call's first send,
 * replays after a 401, retries after 429/5xx/network errors, and every token endpoint attempt) with timing and
 * outcome, and OpenTelemetry spans for token requests, waits for a token, retry backoff and rate-limit waits.
 *
 * Spans are opt-in: pass a tracer from your own `@opentelemetry/api` (`tracer: trace.getTracer('my-service')`); this
 * package never imports it, so a client without a tracer bundles none of it and runs where it is not installed.
 * Nothing here runs per request on the success path: spans are recorded only when a call waits (retry, rate limit,
 * token) or a token request is made.
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

/** What `onAttempt` receives. Never carries a token, secret or Authorization header. */
export type AttemptEvent = RequestAttemptEvent | TokenAttemptEvent;

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
} as const;

const SPAN_KIND_INTERNAL = 0;
const SPAN_KIND_CLIENT = 2;
const SPAN_STATUS_ERROR = 2;
export interface ObservabilityOptions {
  onAttempt?: (event: AttemptEvent) => void;
  /** A tracer (`trace.getTracer(...)` of your `@opentelemetry/api`); undefined or `false`: no spans. */
  tracer?: TracerLike | false;
}

/** What authMiddleware reports through; every method is a no-op when there is nobody to tell. */
export interface Observer {
  /** True when `onAttempt` was given: only then does the middleware time its sends. */
  readonly timesAttempts: boolean;
  attempt(event: AttemptEvent): void;
  /** True when a tracer was given: only then are token requests turned into spans. */
  readonly traces: boolean;
  /** Records a finished wait (or token request) as a span from `startedAt` to `endedAt` (epoch ms). */
  span(name: string, startedAt: number, endedAt: number, attributes: SpanAttributes, error?: string): void;
}

/** The observer for one middleware: `onAttempt` and/or the tracer given. */
export function createObserver(options: ObservabilityOptions): Observer {
  const { onAttempt } = options;
  const tracer = options.tracer || undefined;

  function record(
    using: TracerLike,
    name: string,
    startedAt: number,
    endedAt: number,
    attributes: SpanAttributes,
    error?: string,
  ): void {
    try {
      const kind = name === spanNames.tokenRequest ? SPAN_KIND_CLIENT : SPAN_KIND_INTERNAL;
      const span = using.startSpan(name, { kind, startTime: startedAt, attributes });
      if (error !== undefined) span.setStatus({ code: SPAN_STATUS_ERROR, message: error });
      span.end(endedAt);
    } catch {
      // tracing must never break a request
    }
  }

  return {
    timesAttempts: onAttempt !== undefined,
    attempt(event) {
      if (!onAttempt) return;
      try {
        onAttempt(event);
      } catch {
        // a throwing hook must never break a request
      }
    },
    traces: tracer !== undefined,
    span(name, startedAt, endedAt, attributes, error) {
      if (tracer) record(tracer, name, startedAt, endedAt, attributes, error);
    },
  };
}

/** The span of one token endpoint attempt, from the manager's `tokenRequest` event. */
export function tokenRequestSpan(observer: Observer, event: TokenManagerEvents['tokenRequest']): void {
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
  observer.span(spanNames.tokenRequest, event.startedAt, event.startedAt + event.durationMs, attributes, failed ? (event.code ?? event.outcome) : undefined);
}
