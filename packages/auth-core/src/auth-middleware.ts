/**
 * The openapi-fetch middleware. Per request (the hot path, `onRequest` below): refuses plain http, takes the token,
 * lets the rate limiter hold the send back when its bucket is paused or paced (no wait on the fast path), attaches the
 * token and keeps what a replay needs (the request itself when it has no body, an unsent clone when it has one);
 * onResponse shows the response to the rate limiter, lets every final status through at once and hands the rest
 * (401, 403, 429, retryable 5xx, network errors) to `settle` (response-decisions.ts, loaded then), which replays, waits and
 * retries, or finishes with the response or a typed error. The success path is synchronous (openapi-fetch awaits a
 * plain value as well): a token the manager holds fresh, a send the limiter grants at once, a pass-through status;
 * anything that waits goes async. The call's record (call-state.ts) is keyed by openapi-fetch's per-call options
 * object in a WeakMap, so a call that ends without reaching this middleware's onResponse/onError keeps nothing alive.
 *
 * The phases live in their own modules, each taking the middleware's {@link CallContext} and the call's record:
 * call-deadline.ts (the deadline), call-sends.ts (tokens, limiter waits, backoff, resends), response-decisions.ts,
 * error-details.ts, attempt-reporting.ts; authFetch is in auth-fetch.ts.
 */
import { subscribeTokenAttempts } from './attempt-reporting.js';
import { createCallContext, type CallContext } from './call-context.js';
import { endDeadline, enterPhase, startDeadline } from './call-deadline.js';
import { acquireSend, chargeRateLimitWait, needsDecision, settleCall, waitForToken } from './call-sends.js';
import { authorize, newCallState, replayTemplate, type CallState, type SentCall } from './call-state.js';
import { InsecureTransportError } from './errors.js';
import type { AuthMiddlewareOptions, TokenSource } from './middleware-options.js';
import { isLoopbackHost } from './options.js';
import { redactUrl } from './redaction.js';
import type { FetchLike } from './token-endpoint-types.js';

export type { AuthMiddlewareOptions, ClientMiddlewareOptions, TokenSource } from './middleware-options.js';
export { clientMiddlewareOptionNames, clientMiddlewareOptions } from './middleware-options.js';
export { IDEMPOTENCY_KEY_HEADER } from './retry-policy.js';

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
  const context = createCallContext(tokenManager, options);
  const { limiter, reporter } = context;
  /** Keyed by openapi-fetch's per-call options object: collected with the call, whatever other middlewares do. */
  const pending = new WeakMap<object, SentCall | CallState>();
  /** The manager's token when it is served without waiting (undefined for a source without it: getToken). */
  const tokenAtOnce = typeof tokenManager.tokenIfReady === 'function' ? () => tokenManager.tokenIfReady!() : undefined;
  /** No deadline to set up and no send to time: a call can be sent synchronously, keeping only a {@link SentCall}. */
  const lean = context.timeoutMs === 0 && !reporter.timesAttempts;
  /** The `http://host:port/` of the last loopback origin let through over plain http: its URLs are not parsed again. */
  let loopbackPrefix: string | undefined;
  /** The report of the manager's token attempts: `reporter` (held by this middleware) holds it, the manager only weakly. */
  const reportTokenRequest = reporter.timesAttempts || reporter.tracer ? reporter.tokenRequest : undefined;
  let unsubscribe: (() => void) | undefined;

  const middleware: AuthMiddleware = {
    onRequest({ request, id, options: callOptions }) {
      const { url, signal } = request;
      if (!url.startsWith('https:') && !(loopbackPrefix && url.startsWith(loopbackPrefix))) {
        loopbackPrefix = refuseInsecureHttp(request) ?? loopbackPrefix;
      }
      // the synchronous send: a token at hand, no deadline or timing to set up, and the limiter lets it go now (with no
      // deadline its budget is all of maxTotalWaitMs, as in acquireSend)
      const token = lean && !signal.aborted ? tokenAtOnce?.() : undefined;
      const waiting = token === undefined ? undefined : limiter.acquire(request, signal, context.policy.maxTotalWaitMs);
      if (token === undefined || waiting) return sendWhenReady(context, pending, track(request, id, token), callOptions, waiting);
      authorize(request, token);
      pending.set(callOptions, { id, original: request, template: replayTemplate(request), token });
      return undefined;
    },

    onResponse({ response, id, options: callOptions }) {
      const call = pending.get(callOptions);
      if (call === undefined || call.id !== id) return undefined;
      pending.delete(callOptions);
      limiter.observe(response);
      if (reporter.timesAttempts) reportFirstSend(pendingOf(call), { response });
      if (!needsDecision(context, response.status)) {
        endDeadline(call);
        return undefined;
      }
      return settleResponse(context, pendingOf(call), response, callOptions.fetch);
    },

    async onError({ error, id, options: callOptions }) {
      const call = pending.get(callOptions);
      if (call === undefined || call.id !== id) return undefined;
      pending.delete(callOptions);
      limiter.observe(undefined);
      const state = pendingOf(call);
      if (reporter.timesAttempts) reportFirstSend(state, { error });
      try {
        if (state.signal.aborted) return undefined;
        // a Response returned here goes through the other middlewares' onResponse next (not this one's: done here)
        return await settleCall(context, state, { error }, callOptions.fetch);
      } catch (final) {
        return final instanceof Error ? final : undefined;
      } finally {
        endDeadline(state);
      }
    },

    dispose() {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  };
  if (reportTokenRequest) unsubscribe = subscribeTokenAttempts(middleware, tokenManager, reportTokenRequest);
  return middleware;

  /** The slow paths' record, made in onRequest (`token`: taken at once); with `timeoutMs` the deadline starts. */
  function track(request: Request, id: string, token?: string, template?: Request): CallState {
    const state = newCallState(request, id, token, template);
    if (context.timeoutMs > 0) startDeadline(state, context.timeoutMs);
    return state;
  }

  /** The record of a call (made from a SentCall: sent without a deadline, nothing waited). */
  function pendingOf(call: SentCall | CallState): CallState {
    return 'sends' in call ? call : track(call.original, call.id, call.token, call.template);
  }

  function reportFirstSend(state: CallState, outcome: { response: Response } | { error: unknown }): void {
    reporter.reportSend(state, 'first', { at: state.sentAt, mono: state.sentAtMono }, outcome);
  }
}

/**
 * onRequest when the send waits for the rate limiter (`waiting`: the limiter's answer for a token taken at once) or
 * for a token (then the limiter is asked), or has a deadline or timing to set up: attaches the token once it may go
 * and keeps what a replay needs.
 */
async function sendWhenReady(
  context: CallContext,
  pending: WeakMap<object, SentCall | CallState>,
  state: CallState,
  callOptions: object,
  waiting: Promise<void> | undefined,
): Promise<Request | undefined> {
  try {
    if (waiting) await chargeRateLimitWait(context, state, waiting, false);
    else {
      state.token = await waitForToken(context, state);
      waiting = acquireSend(context, state);
      if (waiting) await waiting;
    }
  } catch (error) {
    endDeadline(state);
    throw error;
  }
  const sent = authorize(state.sent, state.token);
  state.template = replayTemplate(sent);
  pending.set(callOptions, state);
  if (context.reporter.timesAttempts) {
    state.sentAt = Date.now();
    state.sentAtMono = performance.now();
  }
  enterPhase(state, 'waiting for the response');
  return sent === state.original ? undefined : sent;
}

async function settleResponse(
  context: CallContext,
  state: CallState,
  response: Response,
  fetchImpl: FetchLike,
): Promise<Response | undefined> {
  try {
    const final = await settleCall(context, state, { response }, fetchImpl);
    return final === response ? undefined : final;
  } finally {
    endDeadline(state);
  }
}
