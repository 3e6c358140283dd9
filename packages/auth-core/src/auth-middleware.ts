/**
 * The openapi-fetch middleware. Per request (the hot path, top of `authMiddleware`): onRequest refuses plain http,
 * takes the token, lets the rate limiter hold the send back when its bucket is paused or paced (rate-limiter.ts; no
 * wait on the fast path), attaches the token and keeps what a replay needs (the request itself when it has no body,
 * an unsent clone when it has one); onResponse shows the response to the rate limiter, lets every final status
 * through at once and hands the rest (401, 403, 429, retryable 5xx, network errors) to `settle`, which replays, waits
 * and retries, or finishes with the response or a typed error. The success path is synchronous (openapi-fetch awaits
 * a plain value as well): a token the manager holds fresh, a send the limiter grants at once, a pass-through status;
 * anything that waits goes async. The call's bookkeeping is keyed by openapi-fetch's per-call options object in a
 * WeakMap, so a call that ends without reaching this middleware's onResponse/onError keeps nothing alive.
 */
import { readErrorFields, type DescribeError, type ErrorDescription } from './describe-error-body.js';
import {
  ConfigurationError,
  ForbiddenError,
  InsecureTransportError,
  NetworkError,
  RateLimitError,
  RequestTimeoutError,
  UnauthorizedError,
  type HttpErrorDetails,
  type RateLimitReason,
} from './errors.js';
import type { AttemptOutcome } from './events.js';
import type { FetchLike } from './grants.js';
import type { AttemptEvent, WaitReport, WaitTracer } from './observability.js';
import { authCoreDefaults, isLoopbackHost, nonNegativeOption, withRequestInitExt } from './options.js';
import { createRateLimiter, rateLimitOption, RateLimitWaitExceeded, type RateLimitOptions } from './rate-limiter.js';
import { redactSecrets, redactUrl, sanitizedCause } from './redaction.js';
import {
  abortableSleep,
  fullJitterBackoffMs,
  resolveRetryPolicy,
  retryAfterMs,
  type RetryOptions,
} from './retry-policy.js';
import type { TokenManager } from './token-manager.js';
import type { TokenManagerEvents } from './events.js';

/**
 * Per-request opt-in for retrying a non-idempotent request (POST, PATCH) after 502/503/504 or a network error:
 * send this header (the server can then de-duplicate). 429 is retried for every method regardless.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export interface AuthMiddlewareOptions {
  /** Retry policy; `false` disables retries (the single 401 refresh + replay still happens). */
  retry?: RetryOptions | false;
  /**
   * Deadline of a whole call in ms: rate-limit pauses, waits for a token, backoff, retries and every send; past it the
   * call fails with RequestTimeoutError (at once when a planned wait would end after it). Default 0: no deadline
   * (waits are still bounded by `retry.maxTotalWaitMs`). A per-call `signal` still works alongside.
   */
  timeoutMs?: number;
  /**
   * After a refresh + replay still answered 401, further 401s with that same token fail at once with
   * UnauthorizedError (no token request) for this long; a call with any other token refreshes as usual.
   * Default 30 000; 0 refreshes on every 401.
   */
  unauthorizedFailFastMs?: number;
  /**
   * The second argument of every fetch this middleware sends itself (replays, retries), e.g. `{ dispatcher }` for an
   * undici proxy or mTLS agent: pass the same object as openapi-fetch's `createClient({ requestInitExt })`. A
   * per-call `dispatcher` (`client.GET(path, { dispatcher })`) is kept for that call's replays as well. With
   * {@link authFetch} it goes with first sends too, so openapi-fetch need not have it.
   */
  requestInitExt?: Record<string, unknown>;
  /** Sees every real attempt (first send, replay, retry, token request) with timing and outcome; see README. */
  onAttempt?: (event: AttemptEvent) => void;
  /**
   * Spans for token requests and waits: `openTelemetrySpans(trace.getTracer('my-service'))` with your own
   * `@opentelemetry/api`, or a {@link WaitTracer} of your own; default none (`false` also means none).
   */
  tracer?: WaitTracer | false;
  /**
   * Platform error-body reader; its defined fields override what the middleware always reads (`readErrorFields`:
   * code, message, correlation id, `WWW-Authenticate` scopes). Pass `describeErrorBody` for generic permission lists.
   */
  describeError?: DescribeError;
  /** Response headers holding a correlation id, first match wins; default ININ-Correlation-Id, X-Correlation-Id, X-Request-Id, Request-Id. */
  correlationIdHeaders?: readonly string[];
  /** Random source in [0, 1) for jitter; default `Math.random`. */
  random?: () => number;
  /**
   * Pacing from rate-limit headers, per-bucket pauses after a 429, a budget shared across processes (rate-limiter.ts);
   * `false` turns pacing off (a 429 still pauses its endpoint family unless `retry.pauseOnRateLimit` is false).
   */
  rateLimit?: RateLimitOptions | false;
}

/** The middleware options the platform clients take as their own and pass on (besides `retry`). */
export type ClientMiddlewareOptions = Pick<
  AuthMiddlewareOptions,
  'timeoutMs' | 'unauthorizedFailFastMs' | 'onAttempt' | 'tracer' | 'rateLimit'
>;

/** Their names, for the clients' unknown-option checks. */
export const clientMiddlewareOptionNames = [
  'timeoutMs',
  'unauthorizedFailFastMs',
  'onAttempt',
  'tracer',
  'rateLimit',
] as const satisfies readonly (keyof ClientMiddlewareOptions)[];

/** Picks {@link ClientMiddlewareOptions} out of a client's options. */
export function clientMiddlewareOptions(options: ClientMiddlewareOptions): ClientMiddlewareOptions {
  const { timeoutMs, unauthorizedFailFastMs, onAttempt, tracer, rateLimit } = options;
  return { timeoutMs, unauthorizedFailFastMs, onAttempt, tracer, rateLimit };
}

/**
 * What the middleware needs from a token manager: `getToken`; a {@link TokenManager}'s other members, when present,
 * add the synchronous send (`tokenIfReady`), the rate-limit bucket name (`storeKey`), the `retry`/`rateLimited`
 * events (`emitRequestEvent`) and token attempts for onAttempt/tracer (`on`). Typed members, not a module-level
 * lookup: a manager from the other build (CommonJS next to ESM) works the same.
 */
export type TokenSource = Pick<TokenManager, 'getToken'> &
  Partial<Pick<TokenManager, 'storeKey' | 'tokenIfReady' | 'emitRequestEvent' | 'on'>>;

/** Parameters openapi-fetch passes to middleware callbacks (the subset used here). */
export interface MiddlewareParams {
  request: Request;
  readonly id: string;
  /** openapi-fetch creates this object per call: the middleware keys its bookkeeping by it. */
  readonly options: { readonly fetch: FetchLike };
}

/**
 * An openapi-fetch 0.17 `Middleware` (structurally typed, so this package does not depend on openapi-fetch).
 * Works with any client that calls onRequest/onResponse/onError the same way: it awaits what they return, which is a
 * plain value on the success path (no promise per request) and a promise when the call waits, replays or retries.
 */
export interface AuthMiddleware {
  onRequest(params: MiddlewareParams): Request | undefined | Promise<Request | undefined>;
  onResponse(params: MiddlewareParams & { response: Response }): Response | undefined | Promise<Response | undefined>;
  onError(params: MiddlewareParams & { error: unknown }): Promise<Response | Error | undefined>;
  /**
   * Ends this middleware's subscription to the token manager's token attempts (made for `onAttempt`/`tracer`). Also
   * ended when the middleware is garbage-collected, so a middleware made per request or per tenant leaks nothing;
   * call it to stop the reports at once. Requests keep working afterwards, without those reports.
   */
  dispose(): void;
}

/** A call's deadline (`timeoutMs`): the timer aborts `controller`, whose signal every wait and send of the call follows. */
interface Deadline {
  /** `performance.now()` ms: a wall-clock step (NTP, VM resume) neither stretches nor cuts the deadline. */
  at: number;
  /** What the call was doing, for the RequestTimeoutError message. */
  phase: string;
  controller: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * What the synchronous success path keeps of a call between onRequest and onResponse (no `timeoutMs`, no onAttempt):
 * a {@link PendingRequest} is made from it only when a status or a network error needs one (`pendingOf`).
 */
interface SentCall {
  readonly id: string;
  /** The request openapi-fetch handed over (a per-call `dispatcher` sits on it as a property); also the one sent. */
  readonly original: Request;
  /** What replays clone: `original` when it has no body, an unsent clone when it has one; undefined when none could be kept. */
  template: Request | undefined;
  token: string;
  /** Only a PendingRequest has one (`timeoutMs`). */
  deadline?: Deadline;
}

/** One call between onRequest and its final response. URL pieces are computed only when something needs them. */
interface PendingRequest extends SentCall {
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
type Outcome = { response: Response } | { error: unknown };

/** Returned by a status handler that has prepared a replay/retry (token refreshed or wait done): send again. */
const RESEND = Symbol('resend');

/** What a status handler decides (unless it throws a typed error): the final response, or send again. */
type Next = Response | typeof RESEND;

/** When a wait began: epoch ms for reports (`at`), `performance.now()` for its length. */
interface Stopwatch {
  at: number;
  mono: number;
}

function stopwatch(): Stopwatch {
  return { at: Date.now(), mono: performance.now() };
}

function elapsedMs(started: Stopwatch): number {
  return Math.max(0, Math.round(performance.now() - started.mono));
}

function discard(response: Response): void {
  // not awaited: some bodies (e.g. mocked streams) never settle a cancel
  void response.body?.cancel().catch(() => undefined);
}

/** URL with sensitive query values redacted, computed once per call and only when an error or event needs it. */
function urlOf(state: PendingRequest): string {
  return (state.url ??= redactUrl(state.original.url));
}

function pathOf(state: PendingRequest): string {
  return (state.path ??= new URL(state.original.url).pathname);
}

function authorize(request: Request, token: string): Request {
  request.headers.set('authorization', `Bearer ${token}`);
  return request;
}

/**
 * Throws InsecureTransportError for plain http to a non-loopback host (the token would travel in clear); for http to
 * a loopback host returns its `http://host:port/`, which every URL of that origin (and no other) starts with.
 */
function refuseInsecureHttp(request: Request): string | undefined {
  const url = new URL(request.url);
  if (url.protocol !== 'http:') return undefined;
  if (isLoopbackHost(url.hostname)) return `${url.origin}/`;
  const safeUrl = redactUrl(url);
  throw new InsecureTransportError(
    `refusing to send the access token over plain http to ${safeUrl}: use an https API base URL (http is allowed only for loopback hosts such as localhost and 127.0.0.1)`,
    { method: request.method, url: safeUrl },
  );
}

/**
 * openapi-fetch middleware: adds `Authorization: Bearer <token>` (refreshing first when needed), replays once after
 * a 401 with a refreshed token, throws typed errors for terminal 401/403/429 and network failures, retries 429 (all
 * methods, honouring Retry-After) and 502/503/504/network errors (idempotent methods or `Idempotency-Key` opt-in)
 * with full-jitter backoff. Sends are paced to stay inside the rate-limit window the response headers report, and a
 * 429's Retry-After holds back the limited bucket (endpoint family, or the client's spent window) until it has passed
 * (`rateLimit`, `pauseOnRateLimit`). Replays are sent with the client's fetch directly, so they skip other middlewares'
 * onRequest.
 */
export function authMiddleware(tokenManager: TokenSource, options: AuthMiddlewareOptions = {}): AuthMiddleware {
  const defaults = authCoreDefaults.middleware;
  const policy = resolveRetryPolicy(options.retry);
  const { maxRetries, maxDelayMs, maxTotalWaitMs } = policy;
  const timeoutMs = nonNegativeOption(options.timeoutMs, 'timeoutMs', defaults.timeoutMs);
  const unauthorizedFailFastMs = nonNegativeOption(
    options.unauthorizedFailFastMs,
    'unauthorizedFailFastMs',
    defaults.unauthorizedFailFastMs,
  );
  const { requestInitExt } = options;
  const correlationIdHeaders = options.correlationIdHeaders ?? defaults.correlationIdHeaders;
  const random = options.random ?? Math.random;
  const { onAttempt } = options;
  /** Only with onAttempt are sends timed. */
  const timesAttempts = onAttempt !== undefined;
  const tracer = options.tracer || undefined;
  if (tracer !== undefined && typeof tracer.wait !== 'function') {
    throw new ConfigurationError('tracer must be openTelemetrySpans(trace.getTracer(...)) from @ccaas/auth-core', {
      code: 'invalid_option',
      option: 'tracer',
    });
  }
  const reportTokenRequest = (event: TokenManagerEvents['tokenRequest']) => {
    attempt({ kind: 'token', ...event });
    tracer?.tokenRequest(event);
  };
  /** The subscription to the manager's token attempts: held here, so the report lives as long as this middleware. */
  let subscription =
    timesAttempts || tracer ? { report: reportTokenRequest, unsubscribe: subscribeWeakly(tokenManager, reportTokenRequest) } : undefined;
  /** Keyed by openapi-fetch's per-call options object: collected with the call, whatever other middlewares do. */
  const pending = new WeakMap<object, SentCall | PendingRequest>();
  /** The token a refresh + replay still got a 401 for, and until when its 401s fail fast (`unauthorizedFailFastMs`). */
  let persistentlyRejected: { token: string; until: number } | undefined;
  /** The manager's token when it is served without waiting (undefined for a source without it: getToken). */
  const tokenAtOnce = typeof tokenManager.tokenIfReady === 'function' ? () => tokenManager.tokenIfReady!() : undefined;
  /** No deadline to set up and no send to time: a call can be sent synchronously, keeping only a {@link SentCall}. */
  const lean = timeoutMs === 0 && !timesAttempts;

  /** The `http://host:port/` of the last loopback origin let through over plain http: its URLs are not parsed again. */
  let loopbackPrefix: string | undefined;

  // ---- per request ------------------------------------------------------------------------------------------------

  const middleware: AuthMiddleware = {
    dispose() {
      unsubscribeWhenCollected.unregister(middleware);
      subscription?.unsubscribe?.();
      subscription = undefined;
    },

    onRequest({ request, id, options: callOptions }) {
      const { url, signal } = request;
      if (!url.startsWith('https:') && !(loopbackPrefix && url.startsWith(loopbackPrefix))) {
        loopbackPrefix = refuseInsecureHttp(request) ?? loopbackPrefix;
      }
      // the synchronous send: a token at hand, no deadline or timing to set up, and the limiter lets it go now (with no
      // deadline its budget is all of maxTotalWaitMs, as in acquireSend)
      const token = lean && !signal.aborted ? tokenAtOnce?.() : undefined;
      const waiting = token === undefined ? undefined : limiter.acquire(request, signal, maxTotalWaitMs);
      if (token === undefined || waiting) return sendWhenReady(track(request, id, token), callOptions, waiting);
      authorize(request, token);
      pending.set(callOptions, { id, original: request, template: replayTemplate(request), token });
      return undefined;
    },

    onResponse({ response, id, options: callOptions }) {
      const call = pending.get(callOptions);
      if (call === undefined || call.id !== id) return undefined;
      pending.delete(callOptions);
      limiter.observe(response);
      if (timesAttempts) reportFirstSend(pendingOf(call), { response });
      const { status } = response;
      if (status !== 401 && status !== 403 && status !== 429 && !policy.retryOnStatuses.has(status)) {
        finish(call);
        return undefined;
      }
      return settleResponse(pendingOf(call), response, callOptions.fetch);
    },

    async onError({ error, id, options: callOptions }) {
      const call = pending.get(callOptions);
      if (call === undefined || call.id !== id) return undefined;
      pending.delete(callOptions);
      limiter.observe(undefined);
      const state = pendingOf(call);
      if (timesAttempts) reportFirstSend(state, { error });
      try {
        if (state.signal.aborted) return undefined;
        // a Response returned here goes through the other middlewares' onResponse next (not this one's: done here)
        return await settle(state, { error }, callOptions.fetch);
      } catch (final) {
        return final instanceof Error ? final : undefined;
      } finally {
        finish(state);
      }
    },
  };

  /**
   * onRequest when the send waits for the rate limiter (`waiting`: the limiter's answer for a token taken at once) or
   * for a token (then the limiter is asked), or has a deadline or timing to set up: attaches the token once it may go
   * and keeps what a replay needs.
   */
  async function sendWhenReady(state: PendingRequest, callOptions: object, waiting?: Promise<void>): Promise<Request | undefined> {
    try {
      if (waiting) await chargeRateLimitWait(state, waiting, false);
      else {
        state.token = await waitForToken(state);
        // ---- rate limit (see "rate limit" below) ----
        waiting = acquireSend(state);
        if (waiting) await waiting;
      }
    } catch (error) {
      finish(state);
      throw error;
    }
    const sent = authorize(state.sent, state.token);
    state.template = replayTemplate(sent);
    pending.set(callOptions, state);
    if (timesAttempts) {
      state.sentAt = Date.now();
      state.sentAtMono = performance.now();
    }
    if (state.deadline) state.deadline.phase = 'waiting for the response';
    return sent === state.original ? undefined : sent;
  }

  async function settleResponse(state: PendingRequest, response: Response, fetchImpl: FetchLike): Promise<Response | undefined> {
    try {
      const final = await settle(state, { response }, fetchImpl);
      return final === response ? undefined : final;
    } finally {
      finish(state);
    }
  }

  /**
   * The per-call bookkeeping of the slow paths, made in onRequest (`token`: taken at once) or from a {@link SentCall}
   * by `pendingOf`; with `timeoutMs` the request is re-made to follow the deadline.
   */
  function track(request: Request, id: string, token = '', template?: Request): PendingRequest {
    const state: PendingRequest = {
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
    if (timeoutMs > 0) {
      const controller = new AbortController();
      // the timer holds two strings, not the call: a call that ends unseen keeps no body alive until it fires
      const { method, url } = request;
      const deadline: Deadline = {
        at: performance.now() + timeoutMs,
        phase: 'waiting for an access token',
        controller,
        timer: setTimeout(() => controller.abort(timeoutError(method, url, deadline.phase)), timeoutMs),
      };
      (deadline.timer as { unref?: () => void }).unref?.();
      state.deadline = deadline;
      state.signal = AbortSignal.any([request.signal, controller.signal]);
      const dispatcher = (request as { dispatcher?: unknown }).dispatcher;
      state.sent = new Request(request, { signal: state.signal, ...(dispatcher === undefined ? {} : { dispatcher }) });
    }
    return state;
  }

  /** What a replay or retry resends: the request itself without a body, else an unsent clone (undefined: not clonable). */
  function replayTemplate(request: Request): Request | undefined {
    if (request.body === null) return request;
    try {
      // before sending: the sent request's body is consumed (a stream body is teed and buffered)
      return request.clone();
    } catch {
      return undefined;
    }
  }

  /** The PendingRequest of a call (made from a SentCall: sent without a deadline, nothing waited). */
  function pendingOf(call: SentCall | PendingRequest): PendingRequest {
    return 'sends' in call ? call : track(call.original, call.id, call.token, call.template);
  }

  /** The call has ended: its deadline timer goes (a SentCall has none). */
  function finish(state: SentCall): void {
    if (state.deadline) clearTimeout(state.deadline.timer);
  }

  /** Follows one request to its final response (or typed error), sending replays/retries as needed. */
  async function settle(state: PendingRequest, first: Outcome, fetchImpl: FetchLike): Promise<Response> {
    let outcome = first;
    for (;;) {
      const next =
        'error' in outcome ? await afterNetworkError(state, outcome.error) : await afterResponse(state, outcome.response);
      if (next !== RESEND) return next;
      outcome = await send(state, fetchImpl);
    }
  }

  async function afterResponse(state: PendingRequest, response: Response): Promise<Next> {
    switch (response.status) {
      case 401:
        return afterUnauthorized(state, response);
      case 403:
        throw await forbiddenError(response, state);
      case 429:
        return afterRateLimited(state, response);
      default:
        return afterOtherStatus(state, response);
    }
  }

  /** Network error (fetch rejected): retried like a 5xx for idempotent/opted-in requests, else a NetworkError. */
  async function afterNetworkError(state: PendingRequest, error: unknown): Promise<Next> {
    const delayMs = backoff(state.retries);
    const retryable = isRetryable(state);
    const canRetry =
      policy.retryNetworkErrors &&
      retryable &&
      state.template !== undefined &&
      state.retries < maxRetries &&
      state.waitedMs + delayMs <= maxTotalWaitMs;
    if (!canRetry) throw networkError(state, error, retryable);
    await wait(state, delayMs, { error }, 'backoff');
    return RESEND;
  }

  /** 401: refresh once (shared by concurrent 401s of the same token) and replay; a second 401 is final. */
  async function afterUnauthorized(state: PendingRequest, response: Response): Promise<Next> {
    if (state.replayedAfter401) {
      if (unauthorizedFailFastMs > 0) persistentlyRejected = { token: state.token, until: performance.now() + unauthorizedFailFastMs };
      const found = await details(response, state);
      throw new UnauthorizedError(summary(found, state, 'answered 401 again after a token refresh and one replay'), found);
    }
    const rejected = persistentlyRejected;
    if (rejected?.token === state.token && performance.now() < rejected.until) {
      const found = await details(response, state);
      const seconds = Math.ceil((rejected.until - performance.now()) / 1000);
      throw new UnauthorizedError(
        summary(
          found,
          state,
          `answered 401 to a token that was already refreshed and rejected again; not refreshing for another ${seconds} s (unauthorizedFailFastMs): check the client's permissions, region and API host`,
        ),
        found,
      );
    }
    state.replayedAfter401 = true;
    // concurrent 401s for the same token share one refresh (or re-grant for client credentials)
    let fresh: string;
    try {
      fresh = await waitForToken(state, state.token);
    } catch (error) {
      discard(response);
      throw error;
    }
    if (!state.template) {
      const found = await details(response, state);
      throw new UnauthorizedError(
        summary(found, state, 'answered 401; the token was refreshed but the request body could not be kept for a replay'),
        found,
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
  async function afterRateLimited(state: PendingRequest, response: Response): Promise<Next> {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
    // ---- rate limit (see "rate limit" below): pauses the bucket, also when the wait is beyond the cap ----
    const limiterWaitMs = limiter.rateLimited(state.original.url, response, retryAfter, state.original);
    if (limiterWaitMs !== undefined && limiterWaitMs > maxDelayMs) {
      throw await rateLimitError(response, state, limiterWaitMs, 'retry_after_exceeds_cap');
    }
    if (!state.template) throw await rateLimitError(response, state, retryAfter, 'not_replayable');
    if (state.retries >= maxRetries) throw await rateLimitError(response, state, retryAfter, 'retries_exhausted');
    const delayMs = limiterWaitMs ?? backoff(state.retries);
    if (state.waitedMs + delayMs > maxTotalWaitMs) {
      throw await rateLimitError(response, state, retryAfter, 'total_wait_exceeded');
    }
    tokenManager.emitRequestEvent?.('rateLimited', {
      retryAfterMs: delayMs,
      attempt: state.retries + 1,
      method: state.original.method,
      url: urlOf(state),
    });
    discard(response);
    await wait(state, delayMs, { status: 429 }, 'rate_limited');
    return RESEND;
  }

  /** retryOnStatuses (502/503/504) of idempotent/opted-in requests are retried; any other response is final. */
  async function afterOtherStatus(state: PendingRequest, response: Response): Promise<Next> {
    const { status } = response;
    if (policy.retryOnStatuses.has(status) && isRetryable(state) && state.template && state.retries < maxRetries) {
      const delayMs = retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoff(state.retries);
      if (delayMs <= maxDelayMs && state.waitedMs + delayMs <= maxTotalWaitMs) {
        discard(response);
        await wait(state, delayMs, { status }, 'backoff');
        return RESEND;
      }
    }
    return response;
  }

  function isRetryable(state: PendingRequest): boolean {
    return (
      policy.idempotentMethods.has(state.original.method.toUpperCase()) ||
      state.original.headers.has(IDEMPOTENCY_KEY_HEADER)
    );
  }

  // ---- sending, waiting -------------------------------------------------------------------------------------------

  async function send(state: PendingRequest, fetchImpl: FetchLike): Promise<Outcome> {
    const waiting = acquireSend(state);
    if (waiting) await waiting;
    const request = authorize(state.template!.clone(), state.token);
    const init = resendInit(state);
    state.sends += 1;
    if (state.deadline) state.deadline.phase = 'waiting for the response';
    const startedAt = timesAttempts ? Date.now() : 0;
    const startedAtMono = timesAttempts ? performance.now() : 0;
    try {
      const response = await (init === undefined ? fetchImpl(request) : fetchImpl(request, init as RequestInit));
      limiter.observe(response);
      if (timesAttempts) reportSend(state, state.nextReason, startedAt, startedAtMono, { response });
      return { response };
    } catch (error) {
      limiter.observe(undefined);
      if (timesAttempts) reportSend(state, state.nextReason, startedAt, startedAtMono, { error });
      if (state.signal.aborted) throw state.signal.reason;
      return { error };
    }
  }

  /** `requestInitExt`, with the call's own `dispatcher` (undici drops it from cloned requests) on top. */
  function resendInit(state: PendingRequest): Record<string, unknown> | undefined {
    const dispatcher = (state.original as { dispatcher?: unknown }).dispatcher;
    return dispatcher === undefined ? requestInitExt : { ...requestInitExt, dispatcher };
  }

  function backoff(retries: number): number {
    return fullJitterBackoffMs(retries, policy, random);
  }

  /**
   * Counts a retry, reports it (`retry` event, span), waits, and takes a possibly newer token (the send that follows
   * waits for the rate limiter). Fails at once with RequestTimeoutError when the wait would end after the deadline.
   */
  async function wait(
    state: PendingRequest,
    delayMs: number,
    cause: { status?: number; error?: unknown },
    reason: 'backoff' | 'rate_limited',
  ): Promise<void> {
    checkDeadline(state, delayMs, `the next retry would start after it (${state.retries} retries made)`);
    state.retries += 1;
    state.waitedMs += delayMs;
    state.nextReason = 'retry';
    tokenManager.emitRequestEvent?.('retry', {
      attempt: state.retries,
      delayMs,
      ...(cause.status === undefined ? {} : { status: cause.status }),
      method: state.original.method,
      url: urlOf(state),
      source: 'request',
    });
    const started = stopwatch();
    if (state.deadline) state.deadline.phase = 'waiting to retry';
    await abortableSleep(delayMs, state.signal);
    if (tracer) {
      traceWait(state, reason, started, {
        attempt: state.retries,
        plannedMs: delayMs,
        ...(cause.status === undefined ? {} : { status: cause.status }),
        ...(cause.error === undefined ? {} : { error: errorName(cause.error) }),
      });
    }
    // the token may have expired during the wait
    state.token = await waitForToken(state);
  }

  /** A token for this call (`rejectedToken`: the one a 401 rejected); a wait that took time becomes a span. */
  async function waitForToken(state: PendingRequest, rejectedToken?: string): Promise<string> {
    if (state.deadline) state.deadline.phase = 'waiting for an access token';
    const started = stopwatch();
    const token = await tokenManager.getToken(
      rejectedToken === undefined ? { signal: state.signal } : { signal: state.signal, rejectedToken },
    );
    if (tracer && elapsedMs(started) > 0) traceWait(state, rejectedToken === undefined ? 'token_refresh' : 'token_refresh_after_401', started);
    return token;
  }

  /** Throws RequestTimeoutError when a wait of `delayMs` from now would end after the call's deadline. */
  function checkDeadline(state: PendingRequest, delayMs: number, what: string): void {
    if (state.deadline && performance.now() + delayMs > state.deadline.at) throw timeoutError(state.original.method, state.original.url, what);
  }

  function timeoutError(method: string, rawUrl: string, phase: string): RequestTimeoutError {
    const url = redactUrl(rawUrl);
    return new RequestTimeoutError(
      `${method} ${url} did not complete within timeoutMs (${timeoutMs} ms): ${phase}; raise timeoutMs, or lower retry.maxTotalWaitMs/maxRetries to fail sooner`,
      { method, url, timeoutMs },
    );
  }

  // ---- rate limit: the one place a send waits for this client's rate limiter (rate-limiter.ts) ---------------------
  // Before every send (onRequest after the token, send() for replays and retries) acquireSend asks the limiter, which
  // answers undefined on the fast path (no bucket paused or paced): no wait, no timer. Every send it let through is
  // shown to `limiter.observe` exactly once (onResponse/onError for the first send, send() for the others), and
  // afterRateLimited reports a 429 through `limiter.rateLimited`, which pauses the limited bucket.

  const rateLimit = rateLimitOption(options.rateLimit);
  /** One per middleware (one OAuth client); its client bucket is named after the token manager's `storeKey`. */
  const limiter = createRateLimiter({
    ...rateLimit,
    bucketKey: rateLimit.bucketKey ?? tokenManager.storeKey,
    pauseOnRateLimit: policy.pauseOnRateLimit,
  });

  /**
   * Lets the limiter hold the next send back (undefined: send now). The wait follows the call's signal (abort and
   * `timeoutMs`) and is charged to `maxTotalWaitMs`: a wait known to end after what is left of either fails at once
   * (RateLimitError `rate_limit_pause` with reason `total_wait_exceeded`, or RequestTimeoutError), as does a queued
   * send still held back when its budget runs out.
   */
  function acquireSend(state: PendingRequest): Promise<void> | undefined {
    const budgetMs = maxTotalWaitMs - state.waitedMs;
    const deadlineMs = state.deadline ? state.deadline.at - performance.now() : Infinity;
    const waiting = limiter.acquire(state.original, state.signal, Math.max(0, Math.min(budgetMs, deadlineMs)));
    return waiting && chargeRateLimitWait(state, waiting, deadlineMs < budgetMs);
  }

  async function chargeRateLimitWait(state: PendingRequest, waiting: Promise<void>, deadlineFirst: boolean): Promise<void> {
    const started = stopwatch();
    if (state.deadline) state.deadline.phase = 'waiting for the rate limiter';
    try {
      await waiting;
    } catch (error) {
      if (!(error instanceof RateLimitWaitExceeded)) throw error;
      const what = `${heldBack(error)}, past the deadline`;
      throw deadlineFirst ? timeoutError(state.original.method, state.original.url, what) : pauseError(state, error);
    }
    const waitedMs = elapsedMs(started);
    state.waitedMs += waitedMs;
    if (tracer && waitedMs > 0) traceWait(state, 'rate_limiter', started);
  }

  function heldBack(refused: RateLimitWaitExceeded): string {
    return refused.queued
      ? `this client's rate limiter held it back ${refused.waitMs} ms and would hold it longer`
      : `this client's rate limiter would hold it back another ${refused.waitMs} ms (a 429's pause of its endpoint family, or the client's spent rate-limit window)`;
  }

  function pauseError(state: PendingRequest, refused: RateLimitWaitExceeded): RateLimitError {
    const method = state.original.method;
    return new RateLimitError(
      `${method} ${pathOf(state)} is not sent: ${heldBack(refused)}, beyond maxTotalWaitMs ${maxTotalWaitMs} (${state.waitedMs} ms waited already)`,
      {
        status: 429,
        code: 'rate_limit_pause',
        method,
        url: urlOf(state),
        retryAfterMs: refused.waitMs,
        reason: 'total_wait_exceeded',
        attempts: state.retries,
      },
    );
  }

  // ---- observability ----------------------------------------------------------------------------------------------

  /** A span's times are epoch ms; its length is measured on the monotonic clock (a wall-clock step cannot bend it). */
  function traceWait(state: PendingRequest, reason: WaitReport['reason'], started: Stopwatch, extra?: Partial<WaitReport>): void {
    const endedAt = started.at + elapsedMs(started);
    tracer!.wait({ reason, method: state.original.method, url: urlOf(state), startedAt: started.at, endedAt, ...extra });
  }

  function attempt(event: AttemptEvent): void {
    try {
      onAttempt?.(event);
    } catch {
      // a throwing hook must never break a request
    }
  }

  function reportFirstSend(state: PendingRequest, outcome: Outcome): void {
    reportSend(state, 'first', state.sentAt, state.sentAtMono, outcome);
  }

  function reportSend(
    state: PendingRequest,
    reason: 'first' | 'replay' | 'retry',
    startedAt: number,
    startedAtMono: number,
    outcome: Outcome,
  ): void {
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
      startedAt,
      durationMs: Math.round(performance.now() - startedAtMono),
      outcome: result,
      ...('response' in outcome ? { status: outcome.response.status } : { error: errorName(outcome.error) }),
    });
  }

  // ---- typed errors -------------------------------------------------------------------------------------------------

  function networkError(state: PendingRequest, error: unknown, retryable: boolean): NetworkError {
    const cause = sanitizedCause(error, [state.token]);
    const method = state.original.method;
    const retried = state.retries === 0 ? '' : ` after ${state.retries} ${state.retries === 1 ? 'retry' : 'retries'}`;
    const notRetried = retryable
      ? ''
      : `; ${method} is not retried without an ${IDEMPOTENCY_KEY_HEADER} header, since the server may have acted on it`;
    return new NetworkError(
      `${method} ${urlOf(state)} failed before a response arrived${retried} (${cause.name}: ${cause.message}): check that the API host is reachable (apiBaseUrl or region, DNS, proxy, firewall)${notRetried}`,
      { method, url: urlOf(state), attempts: state.sends, cause },
    );
  }

  /** Reads the error body once and describes it (generic + platform describer), secrets redacted. */
  async function details(response: Response, state: PendingRequest) {
    let body: unknown;
    try {
      const text = await response.text();
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    } catch {
      body = undefined;
    }
    const generic = readErrorFields(response, body);
    let custom: ErrorDescription | undefined;
    try {
      custom = options.describeError?.(response, body);
    } catch {
      custom = undefined;
    }
    const described: ErrorDescription = { ...generic };
    for (const [key, value] of Object.entries(custom ?? {})) {
      if (value !== undefined) (described as Record<string, unknown>)[key] = value;
    }
    const headerCorrelationId = correlationIdHeaders
      .map((name) => response.headers.get(name))
      .find((value): value is string => Boolean(value));
    const secrets = [state.token];
    const serverMessage = described.message ? redactSecrets(described.message, secrets).slice(0, 300) : undefined;
    const correlationId = headerCorrelationId ?? described.correlationId;
    const result: HttpErrorDetails & { missingPermissions: string[] } = {
      status: response.status,
      code: redactSecrets(described.code ?? `http_${response.status}`, secrets).slice(0, 100),
      method: state.original.method,
      url: urlOf(state),
      missingPermissions: (described.missingPermissions ?? []).map((p) => redactSecrets(p, secrets)),
      ...(correlationId ? { correlationId: redactSecrets(correlationId, secrets).slice(0, 200) } : {}),
      ...(serverMessage ? { serverMessage } : {}),
    };
    return result;
  }

  function summary(found: HttpErrorDetails, state: PendingRequest, what: string): string {
    const server = found.serverMessage ? `: ${found.serverMessage}` : '';
    return `${state.original.method} ${pathOf(state)} ${what} (${found.code})${server}`;
  }

  async function forbiddenError(response: Response, state: PendingRequest): Promise<ForbiddenError> {
    const found = await details(response, state);
    const missing = found.missingPermissions.length ? `; missing: ${found.missingPermissions.join(', ')}` : '';
    return new ForbiddenError(`${summary(found, state, 'answered 403')}${missing}`, found);
  }

  async function rateLimitError(
    response: Response,
    state: PendingRequest,
    retryAfter: number | undefined,
    reason: RateLimitReason,
  ): Promise<RateLimitError> {
    const found = await details(response, state);
    const why: Record<RateLimitReason, string> = {
      retry_after_exceeds_cap: `asks to wait ${retryAfter} ms, beyond maxDelayMs ${maxDelayMs}`,
      retries_exhausted: `still rate limited after ${state.retries} retries`,
      total_wait_exceeded: `would exceed maxTotalWaitMs ${maxTotalWaitMs}`,
      not_replayable: 'is rate limited and its body could not be kept for a retry',
    };
    return new RateLimitError(summary(found, state, `answered 429 and ${why[reason]}`), {
      ...found,
      retryAfterMs: retryAfter,
      reason,
      attempts: state.retries,
    });
  }

  if (subscription?.unsubscribe) unsubscribeWhenCollected.register(middleware, subscription.unsubscribe, middleware);
  return middleware;
}

/** Unsubscribes a collected middleware's listener from its token manager (the listener itself holds nothing). */
const unsubscribeWhenCollected = new FinalizationRegistry<() => void>((unsubscribe) => unsubscribe());

/**
 * Subscribes `report` to the source's token attempts so that the source (a long-lived token manager) does not keep
 * `report`, nor the middleware it belongs to, alive: the listener holds it through a WeakRef. Module-level, so the
 * listener's scope holds nothing of authMiddleware's.
 */
function subscribeWeakly(
  source: TokenSource,
  report: (event: TokenManagerEvents['tokenRequest']) => void,
): (() => void) | undefined {
  if (typeof source.on !== 'function') return undefined;
  const weak = new WeakRef(report);
  return source.on('tokenRequest', (event) => weak.deref()?.(event));
}

/** {@link authMiddleware}'s options plus the fetch that sends. */
export interface AuthFetchOptions extends AuthMiddlewareOptions {
  /** Sends the requests (first sends, replays, retries); default `globalThis.fetch`, looked up per call. */
  fetch?: FetchLike;
}

/** A fetch with the auth applied; `init` is for extra fetch fields (`requestInitExt`, e.g. `{ dispatcher }`). */
export interface AuthorizedFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * Marks a fetch that already carries an auth: `through` and {@link authorizeCallFetch} leave it as it is. A
   * property, not a module-level set, so a fetch from the other build (CommonJS next to ESM) is recognised too.
   */
  readonly carriesAuth: true;
}

/** What {@link authFetch} returns: a fetch for openapi-fetch's `createClient({ fetch })`, plus `through`. */
export interface AuthFetch extends AuthorizedFetch {
  /** Ends the subscription made for `onAttempt`/`tracer` now (see {@link AuthMiddleware.dispose}). */
  dispose(): void;
  /**
   * The same auth (token manager, rate limiter, 401 fail-fast state) sending through `fetch` instead: what a call's
   * own `fetch` option (`client.GET(path, { fetch })`) must become, since openapi-fetch sends with it in place of the
   * client's fetch. `requestInitExt` applies as well.
   */
  through(fetch: FetchLike): AuthorizedFetch;
}

/**
 * The auth middleware as a fetch, for `createClient({ fetch: authFetch(tokenManager) })`: the same token, 401 replay,
 * 403, retry, pacing and deadline rules, applied below openapi-fetch's middleware instead of inside it. Middleware
 * added with `use` runs around it: its onRequest sees the request before the Authorization header is set, its
 * onResponse the final response (after a 401 replay or retries), its onError the typed error. openapi-fetch does its
 * per-call middleware work (an id, a frozen options object, awaits) only when middleware is installed, so with no
 * other middleware this costs less per request than `use(authMiddleware(...))`.
 * `init` of a Request (openapi-fetch's `requestInitExt`, e.g. `{ dispatcher }`) is kept for the call's replays and
 * retries; it must not carry `headers` or `body`, which would replace the request's own. A URL is sent as
 * `new Request(input, init)`, keeping `init.dispatcher`.
 */
export function authFetch(tokenManager: TokenSource, options: AuthFetchOptions = {}): AuthFetch {
  const { fetch: fetchOption, requestInitExt, ...middlewareOptions } = options;
  const middleware = authMiddleware(tokenManager, middlewareOptions);
  const owner = { packageName: '@ccaas/auth-core', factory: 'authFetch' };
  const auth = authorizedFetch(fetchOption) as AuthFetch;
  // a fetch that already carries an auth is not wrapped again (a middleware sending with `options.fetch`, say)
  auth.through = (fetch) => ((fetch as Partial<AuthorizedFetch>).carriesAuth === true ? (fetch as AuthorizedFetch) : authorizedFetch(fetch));
  auth.dispose = () => middleware.dispose();
  return auth;

  function authorizedFetch(through: FetchLike | undefined): AuthorizedFetch {
    // requestInitExt goes with every send here, first sends included (as middleware, openapi-fetch adds it to those)
    const sendWith = withRequestInitExt(through, requestInitExt, owner);
    const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      try {
        if (input instanceof Request) {
          if (init?.signal == null) return sendAuthorized(input, init, sendWith);
          return sendAuthorized(...followInitSignal(input, init), sendWith);
        }
        const dispatcher = (init as { dispatcher?: unknown } | undefined)?.dispatcher;
        return sendAuthorized(new Request(input, init), dispatcher === undefined ? undefined : ({ dispatcher } as RequestInit), sendWith);
      } catch (error) {
        // a fetch rejects, it never throws: a bad URL, an insecure one, a fetch that throws
        return Promise.reject(error);
      }
    };
    return Object.assign(fetch, { carriesAuth: true as const });
  }

  /** One call: the middleware's onRequest (token, pacing, header), the send, then its onResponse/onError. */
  function sendAuthorized(request: Request, init: RequestInit | undefined, sendWith: FetchLike): Promise<Response> {
    // one object per call: the middleware keys the call's bookkeeping by it, and replays send through its fetch
    const call: MiddlewareParams = {
      request,
      id: '',
      options: { fetch: init === undefined ? sendWith : (input, extra) => sendWith(input, { ...init, ...extra }) },
    };
    const ready = middleware.onRequest(call);
    return ready instanceof Promise
      ? ready.then((sent) => sendAndSettle(sent ?? request, init, call, sendWith))
      : sendAndSettle(ready ?? request, init, call, sendWith);
  }

  function sendAndSettle(request: Request, init: RequestInit | undefined, call: MiddlewareParams, sendWith: FetchLike): Promise<Response> {
    const { options: callOptions } = call;
    let sending: Promise<Response>;
    try {
      sending = init === undefined ? sendWith(request) : sendWith(request, init);
    } catch (error) {
      // a fetch that throws instead of rejecting is a failed send like any other (retried, counted by the limiter)
      sending = Promise.reject(error);
    }
    return sending.then(
      (response) => {
        const settled = middleware.onResponse({ request, response, id: '', options: callOptions });
        return settled instanceof Promise ? settled.then((final) => final ?? response) : (settled ?? response);
      },
      (error: unknown) =>
        middleware.onError({ request, error, id: '', options: callOptions }).then((outcome) => {
          if (outcome instanceof Response) return outcome;
          throw outcome ?? error;
        }),
    );
  }
}

/**
 * `fetch(request, { signal })` follows `init.signal`, not the request's: so must every wait, retry and replay of the
 * call, which all read the request's signal. The request is re-made on that signal (keeping a per-call `dispatcher`),
 * and the rest of `init` goes on with the sends.
 */
function followInitSignal(request: Request, init: RequestInit): [Request, RequestInit | undefined] {
  const { signal, ...rest } = init;
  const dispatcher = (request as { dispatcher?: unknown }).dispatcher;
  const followed = new Request(request, { signal });
  if (dispatcher !== undefined) Object.assign(followed, { dispatcher });
  return [followed, Object.keys(rest).length > 0 ? rest : undefined];
}

/**
 * Makes a call's own `fetch` option (`client.GET(path, { fetch })`) send through `auth` too: openapi-fetch sends a call
 * with its own fetch in place of the client's, which would skip the auth. Wraps the client's method functions in place.
 */
export function authorizeCallFetch<Client extends object>(client: Client, auth: AuthFetch): Client {
  const methods = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  const withAuth = (init: unknown) => {
    const fetch = (init as { fetch?: unknown } | undefined)?.fetch;
    return typeof fetch === 'function' ? { ...(init as object), fetch: auth.through(fetch as FetchLike) } : init;
  };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']) {
    const send = methods[method]!;
    methods[method] = (url, init) => send(url, withAuth(init));
  }
  const request = methods.request!;
  methods.request = (method, url, init) => request(method, url, withAuth(init));
  return client;
}

/** `TypeError (ECONNREFUSED)`: an error's name and system code, nothing that could hold a secret. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error value';
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? `${error.name} (${cause.code})` : error.name;
}
