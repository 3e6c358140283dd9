import { abortableSleep, fullJitterBackoffMs, retryAfterMs } from './retry-policy.js';
import { authCoreDefaults, nonNegativeOrDefault } from './options.js';
import { describeErrorBody, type DescribeError, type ErrorDescription } from './describe-error-body.js';
import { emitterOf } from './events.js';
import {
  ForbiddenError,
  type HttpErrorDetails,
  RateLimitError,
  type RateLimitReason,
  UnauthorizedError,
} from './errors.js';
import type { FetchLike } from './grants.js';
import { redactSecrets, redactUrl } from './redaction.js';
import type { TokenManager } from './token-manager.js';

/**
 * Per-request opt-in for retrying a non-idempotent request (POST, PATCH) after 502/503/504 or a network error:
 * send this header (the server can then de-duplicate). 429 is retried for every method regardless.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export interface RetryOptions {
  /** Retries per request for 429, retryable statuses and network errors (the single 401 replay is extra); default 3. */
  maxRetries?: number;
  /** Full-jitter base: the first retry waits up to this long, doubling per attempt; default 500. */
  baseDelayMs?: number;
  /** Longest single wait; a Retry-After beyond it fails fast (429 -> RateLimitError); default 60 000. */
  maxDelayMs?: number;
  /** Budget for all waits of one request; default 120 000. */
  maxTotalWaitMs?: number;
  /** Statuses retried for idempotent (or opted-in) requests; default [502, 503, 504]. */
  retryOnStatuses?: readonly number[];
  /** Methods retried on retryOnStatuses/network errors without opt-in; default GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotentMethods?: readonly string[];
  /** Retry network errors (fetch rejected) of idempotent/opted-in requests; default true. */
  retryNetworkErrors?: boolean;
  /**
   * After a 429 with Retry-After, hold back this client's other requests (new ones and retries) until it has passed,
   * instead of letting them spend the limit's next window and be rejected again; default true.
   */
  pauseOnRateLimit?: boolean;
}

export interface AuthMiddlewareOptions {
  /** Retry policy; `false` disables retries (the single 401 refresh + replay still happens). */
  retry?: RetryOptions | false;
  /** Platform error-body reader; its defined fields override the generic `describeErrorBody`. */
  describeError?: DescribeError;
  /** Response headers holding a correlation id, first match wins; default ININ-Correlation-Id, X-Correlation-Id, X-Request-Id, Request-Id. */
  correlationIdHeaders?: readonly string[];
  /** Random source in [0, 1) for jitter; default `Math.random`. */
  random?: () => number;
}

/** What the middleware needs from a token manager. */
export type TokenSource = Pick<TokenManager, 'getToken'>;

/** Parameters openapi-fetch passes to middleware callbacks (the subset used here). */
export interface MiddlewareParams {
  request: Request;
  readonly id: string;
  readonly options: { readonly fetch: FetchLike };
}

/**
 * An openapi-fetch 0.17 `Middleware` (structurally typed, so this package does not depend on openapi-fetch).
 * Works with any client that calls onRequest/onResponse/onError the same way.
 */
export interface AuthMiddleware {
  onRequest(params: MiddlewareParams): Promise<undefined>;
  onResponse(params: MiddlewareParams & { response: Response }): Promise<Response | undefined>;
  onError(params: MiddlewareParams & { error: unknown }): Promise<Response | Error | undefined>;
}

interface PendingRequest {
  /** Unsent copy of the request (body included) for replays; undefined when it could not be kept. */
  template: Request | undefined;
  token: string;
  method: string;
  url: string;
  path: string;
  /** Idempotent method or Idempotency-Key opt-in. */
  retryable: boolean;
  retries: number;
  waitedMs: number;
  replayedAfter401: boolean;
}

type Outcome = { response: Response } | { error: unknown };

function discard(response: Response): void {
  // not awaited: some bodies (e.g. mocked streams) never settle a cancel
  void response.body?.cancel().catch(() => undefined);
}

/**
 * openapi-fetch middleware: adds `Authorization: Bearer <token>` (refreshing first when needed), replays once after
 * a 401 with a refreshed token, throws typed errors for terminal 401/403/429, retries 429 (all methods, honouring
 * Retry-After) and 502/503/504/network errors (idempotent methods or `Idempotency-Key` opt-in) with full-jitter
 * backoff. A 429's Retry-After also holds back the client's other requests until it has passed (`pauseOnRateLimit`).
 * Replays are sent with the client's fetch directly, so they skip other middlewares' onRequest.
 */
export function authMiddleware(tokenManager: TokenSource, options: AuthMiddlewareOptions = {}): AuthMiddleware {
  const defaults = authCoreDefaults.middleware;
  const retry = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
  const maxRetries = Math.floor(nonNegativeOrDefault(retry.maxRetries, defaults.maxRetries));
  const baseDelayMs = nonNegativeOrDefault(retry.baseDelayMs, defaults.baseDelayMs);
  const maxDelayMs = nonNegativeOrDefault(retry.maxDelayMs, defaults.maxDelayMs);
  const maxTotalWaitMs = nonNegativeOrDefault(retry.maxTotalWaitMs, defaults.maxTotalWaitMs);
  const retryOnStatuses = new Set(retry.retryOnStatuses ?? defaults.retryOnStatuses);
  const idempotentMethods = new Set((retry.idempotentMethods ?? defaults.idempotentMethods).map((m) => m.toUpperCase()));
  const retryNetworkErrors = retry.retryNetworkErrors ?? true;
  const pauseOnRateLimit = retry.pauseOnRateLimit ?? defaults.pauseOnRateLimit;
  /** Epoch ms until which the platform asked this client to send nothing (latest 429 Retry-After). */
  let pausedUntil = 0;
  const correlationIdHeaders = options.correlationIdHeaders ?? defaults.correlationIdHeaders;
  const random = options.random ?? Math.random;
  const emitter = emitterOf(tokenManager);
  const pending = new Map<string, PendingRequest>();

  const backoff = (retries: number) => fullJitterBackoffMs(retries, { baseDelayMs, maxDelayMs }, random);

  /** Resolves once the client-wide pause from the latest 429 (if any) is over; pauses may extend while waiting. */
  async function waitForRateLimitPause(signal: AbortSignal): Promise<void> {
    for (let round = 0; round < 100 && Date.now() < pausedUntil; round += 1) {
      await abortableSleep(pausedUntil - Date.now(), signal);
    }
  }

  function authorize(request: Request, token: string): Request {
    request.headers.set('authorization', `Bearer ${token}`);
    return request;
  }

  async function send(state: PendingRequest, fetchImpl: FetchLike, signal: AbortSignal): Promise<Outcome> {
    const request = authorize(state.template!.clone(), state.token);
    try {
      return { response: await fetchImpl(request) };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return { error };
    }
  }

  async function wait(state: PendingRequest, delayMs: number, status: number | undefined, signal: AbortSignal) {
    state.retries += 1;
    state.waitedMs += delayMs;
    emitter?.emit('retry', {
      attempt: state.retries,
      delayMs,
      ...(status === undefined ? {} : { status }),
      method: state.method,
      url: state.url,
      source: 'request',
    });
    await abortableSleep(delayMs, signal);
    await waitForRateLimitPause(signal);
    // the token may have expired during the wait
    state.token = await tokenManager.getToken({ signal });
  }

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
    const generic = describeErrorBody(response, body);
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
      method: state.method,
      url: state.url,
      missingPermissions: (described.missingPermissions ?? []).map((p) => redactSecrets(p, secrets)),
      ...(correlationId ? { correlationId: redactSecrets(correlationId, secrets).slice(0, 200) } : {}),
      ...(serverMessage ? { serverMessage } : {}),
    };
    return result;
  }

  function summary(found: HttpErrorDetails, state: PendingRequest, what: string): string {
    const server = found.serverMessage ? `: ${found.serverMessage}` : '';
    return `${state.method} ${state.path} ${what} (${found.code})${server}`;
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

  /** Follows one request to its final response (or typed error), sending replays/retries as needed. */
  async function drive(state: PendingRequest, first: Outcome, fetchImpl: FetchLike, signal: AbortSignal) {
    let outcome = first;
    for (;;) {
      if ('error' in outcome) {
        const delayMs = backoff(state.retries);
        const canRetry =
          retryNetworkErrors &&
          state.retryable &&
          state.template !== undefined &&
          state.retries < maxRetries &&
          state.waitedMs + delayMs <= maxTotalWaitMs;
        if (!canRetry) throw outcome.error;
        await wait(state, delayMs, undefined, signal);
        outcome = await send(state, fetchImpl, signal);
        continue;
      }
      const { response } = outcome;
      const { status } = response;
      if (status === 401) {
        if (state.replayedAfter401) {
          const found = await details(response, state);
          throw new UnauthorizedError(summary(found, state, 'answered 401 again after a token refresh and one replay'), found);
        }
        state.replayedAfter401 = true;
        // concurrent 401s for the same token share one refresh (or re-grant for client credentials)
        let fresh: string;
        try {
          fresh = await tokenManager.getToken({ signal, rejectedToken: state.token });
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
        outcome = await send(state, fetchImpl, signal);
        continue;
      }
      if (status === 403) {
        const found = await details(response, state);
        const missing = found.missingPermissions.length ? `; missing: ${found.missingPermissions.join(', ')}` : '';
        throw new ForbiddenError(`${summary(found, state, 'answered 403')}${missing}`, found);
      }
      if (status === 429) {
        const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
        if (retryAfter !== undefined && retryAfter > maxDelayMs) {
          throw await rateLimitError(response, state, retryAfter, 'retry_after_exceeds_cap');
        }
        if (!state.template) throw await rateLimitError(response, state, retryAfter, 'not_replayable');
        if (state.retries >= maxRetries) throw await rateLimitError(response, state, retryAfter, 'retries_exhausted');
        const delayMs = retryAfter ?? backoff(state.retries);
        if (state.waitedMs + delayMs > maxTotalWaitMs) {
          throw await rateLimitError(response, state, retryAfter, 'total_wait_exceeded');
        }
        if (pauseOnRateLimit && retryAfter !== undefined) pausedUntil = Math.max(pausedUntil, Date.now() + retryAfter);
        emitter?.emit('rateLimited', {
          retryAfterMs: delayMs,
          attempt: state.retries + 1,
          method: state.method,
          url: state.url,
        });
        discard(response);
        await wait(state, delayMs, status, signal);
        outcome = await send(state, fetchImpl, signal);
        continue;
      }
      if (retryOnStatuses.has(status) && state.retryable && state.template && state.retries < maxRetries) {
        const delayMs = retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoff(state.retries);
        if (delayMs <= maxDelayMs && state.waitedMs + delayMs <= maxTotalWaitMs) {
          discard(response);
          await wait(state, delayMs, status, signal);
          outcome = await send(state, fetchImpl, signal);
          continue;
        }
      }
      return response;
    }
  }

  return {
    async onRequest({ request, id }) {
      await waitForRateLimitPause(request.signal);
      const token = await tokenManager.getToken({ signal: request.signal });
      authorize(request, token);
      let template: Request | undefined;
      try {
        // cloned before sending: the body of the sent request is consumed (a stream body is teed and buffered)
        template = request.clone();
      } catch {
        template = undefined;
      }
      const method = request.method.toUpperCase();
      const url = redactUrl(request.url);
      pending.set(id, {
        template,
        token,
        method,
        url,
        path: new URL(request.url).pathname,
        retryable: idempotentMethods.has(method) || request.headers.has(IDEMPOTENCY_KEY_HEADER),
        retries: 0,
        waitedMs: 0,
        replayedAfter401: false,
      });
      return undefined;
    },

    async onResponse({ request, response, id, options: clientOptions }) {
      const state = pending.get(id);
      if (!state) return undefined;
      try {
        const final = await drive(state, { response }, clientOptions.fetch, request.signal);
        return final === response ? undefined : final;
      } finally {
        pending.delete(id);
      }
    },

    async onError({ request, error, id, options: clientOptions }) {
      const state = pending.get(id);
      if (!state) return undefined;
      if (request.signal.aborted) {
        pending.delete(id);
        return undefined;
      }
      try {
        // a Response returned here goes through onResponse (and this middleware's 401/429 handling) next
        return await drive(state, { error }, clientOptions.fetch, request.signal);
      } catch (final) {
        pending.delete(id);
        return final instanceof Error ? final : undefined;
      }
    },
  };
}
