/**
 * Error details: what the typed errors of a call say when no response body needs reading (a network failure, a send
 * the rate limiter refuses); each message names the method, the path or URL and what to do. The errors of an error
 * response (401/403/429/other statuses) read its body first: http-error-details.ts, loaded on the first such response.
 */
import type { CallState } from './call-state.js';
import { pathOf, urlOf } from './call-state.js';
import type { DescribeError } from './describe-error-body.js';
import { NetworkError, RateLimitError } from './errors.js';
import type { RateLimitWaitExceeded } from './rate-limiter.js';
import { sanitizedCause } from './redaction.js';
import { IDEMPOTENCY_KEY_HEADER } from './retry-policy.js';

/** What the error messages need of a middleware's settings. */
export interface ErrorSettings {
  readonly correlationIdHeaders: readonly string[];
  readonly describeError: DescribeError | undefined;
  readonly maxDelayMs: number;
  readonly maxTotalWaitMs: number;
}

export function networkError(state: CallState, error: unknown, retryable: boolean): NetworkError {
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

/** What the rate limiter's refusal of a send means, for the message. */
export function heldBack(refused: RateLimitWaitExceeded): string {
  return refused.queued
    ? `this client's rate limiter held it back ${refused.waitMs} ms and would hold it longer`
    : `this client's rate limiter would hold it back another ${refused.waitMs} ms (a 429's pause of its endpoint family, or the client's spent rate-limit window)`;
}

export function pauseError(settings: ErrorSettings, state: CallState, refused: RateLimitWaitExceeded): RateLimitError {
  const method = state.original.method;
  return new RateLimitError(
    `${method} ${pathOf(state)} is not sent: ${heldBack(refused)}, beyond retry.maxTotalWaitMs ${settings.maxTotalWaitMs} (${state.waitedMs} ms waited already)`,
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
