/**
 * Error details: what the typed errors of a call say. An error body is read once and described (the generic fields,
 * then the platform's describer on top), secrets redacted, the correlation id taken from the first header that has
 * one; each message names the method, the path and what to do.
 *
 * Every error of a call is built here, and only on its way out: it is part of deferred.ts, loaded when a call fails,
 * so a call that gets its answer never needs it and an application bundler leaves it out of the startup bundle.
 */
import type { CallState } from './call-state.js';
import { urlOf } from './call-state.js';
import { readErrorFields, type DescribeError, type ErrorDescription } from './describe-error-body.js';
import {
  ForbiddenError,
  HttpError,
  NetworkError,
  RateLimitError,
  UnauthorizedError,
  type HttpErrorDetails,
  type RateLimitReason,
} from './errors.js';
import type { RateLimitWaitExceeded } from './errors.js';
import { redactSecrets, sanitizedCause } from './redaction.js';
import { IDEMPOTENCY_KEY_HEADER } from './retry-policy.js';

/** The request's path, computed once per call: error messages name it. */
function pathOf(state: CallState): string {
  return (state.path ??= new URL(state.original.url).pathname);
}

/** What the error messages need of a middleware's settings. */
export interface ErrorSettings {
  readonly correlationIdHeaders: readonly string[];
  readonly describeError: DescribeError | undefined;
  readonly maxDelayMs: number;
  readonly maxTotalWaitMs: number;
}

type FoundDetails = HttpErrorDetails & { missingPermissions: string[] };

/** Reads the error body once and describes it (generic + platform describer), secrets redacted. */
async function errorDetails(settings: ErrorSettings, response: Response, state: CallState): Promise<FoundDetails> {
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
  const described = describe(settings.describeError, response, body);
  const headerCorrelationId = settings.correlationIdHeaders
    .map((name) => response.headers.get(name))
    .find((value): value is string => Boolean(value));
  const secrets = [state.token];
  const serverMessage = described.message ? redactSecrets(described.message, secrets).slice(0, 300) : undefined;
  const correlationId = headerCorrelationId ?? described.correlationId;
  return {
    status: response.status,
    code: redactSecrets(described.code ?? `http_${response.status}`, secrets).slice(0, 100),
    method: state.original.method,
    url: urlOf(state),
    missingPermissions: (described.missingPermissions ?? []).map((p) => redactSecrets(p, secrets)),
    ...(correlationId ? { correlationId: redactSecrets(correlationId, secrets).slice(0, 200) } : {}),
    ...(serverMessage ? { serverMessage } : {}),
    ...(body === undefined ? {} : { body: redactedBody(body, secrets) }),
  };
}

/** The body with the access token redacted wherever it appears (a server echoing the request, say). */
function redactedBody(body: unknown, secrets: Array<string | undefined>): unknown {
  if (typeof body === 'string') return redactSecrets(body, secrets);
  const json = JSON.stringify(body);
  const redacted = redactSecrets(json, secrets);
  return redacted === json ? body : (JSON.parse(redacted) as unknown);
}

/** The generic fields, with the platform describer's defined fields on top (a describer that throws adds nothing). */
function describe(describeError: DescribeError | undefined, response: Response, body: unknown): ErrorDescription {
  const described: ErrorDescription = { ...readErrorFields(response, body) };
  let custom: ErrorDescription | undefined;
  try {
    custom = describeError?.(response, body);
  } catch {
    custom = undefined;
  }
  for (const [key, value] of Object.entries(custom ?? {})) {
    if (value !== undefined) (described as Record<string, unknown>)[key] = value;
  }
  return described;
}

function summary(found: HttpErrorDetails, state: CallState, what: string): string {
  const server = found.serverMessage ? `: ${found.serverMessage}` : '';
  return `${state.original.method} ${pathOf(state)} ${what} (${found.code})${server}`;
}

export async function unauthorizedError(
  settings: ErrorSettings,
  response: Response,
  state: CallState,
  what: string,
): Promise<UnauthorizedError> {
  const found = await errorDetails(settings, response, state);
  return new UnauthorizedError(summary(found, state, what), found);
}

/** Any other non-2xx final response, with `throwOnError`. */
export async function httpError(settings: ErrorSettings, response: Response, state: CallState): Promise<HttpError> {
  const found = await errorDetails(settings, response, state);
  return new HttpError(summary(found, state, `answered ${response.status}`), found);
}

export async function forbiddenError(settings: ErrorSettings, response: Response, state: CallState): Promise<ForbiddenError> {
  const found = await errorDetails(settings, response, state);
  const missing = found.missingPermissions.length ? `; missing: ${found.missingPermissions.join(', ')}` : '';
  return new ForbiddenError(`${summary(found, state, 'answered 403')}${missing}`, found);
}

export async function rateLimitError(
  settings: ErrorSettings,
  response: Response,
  state: CallState,
  retryAfter: number | undefined,
  reason: RateLimitReason,
): Promise<RateLimitError> {
  const found = await errorDetails(settings, response, state);
  const why: Record<RateLimitReason, string> = {
    retry_after_exceeds_cap: `asks to wait ${retryAfter} ms, beyond retry.maxDelayMs ${settings.maxDelayMs}`,
    retries_exhausted: `still rate limited after ${state.retries} retries: raise retry.maxRetries, or lower this client's request rate (rateLimit)`,
    total_wait_exceeded: `would exceed retry.maxTotalWaitMs ${settings.maxTotalWaitMs}`,
    not_replayable: 'is rate limited and its body could not be kept for a retry',
  };
  return new RateLimitError(summary(found, state, `answered 429 and ${why[reason]}`), {
    ...found,
    retryAfterMs: retryAfter,
    reason,
    attempts: state.retries,
  });
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
