/**
 * Every error class of @ccaas/auth-core. Messages say what to do and never contain tokens, client secrets or
 * Authorization headers; `cause` is always a sanitised copy (see `sanitizedCause` in redaction.ts).
 */

/** Fields every @ccaas error carries. Values never include tokens, client secrets or Authorization headers. */
export interface CcaasErrorOptions {
  code: string;
  status?: number;
  correlationId?: string;
  /** A sanitised cause (name and redacted message only); raw fetch/oauth4webapi errors are never attached. */
  cause?: Error;
}

/**
 * Marks every @ccaas error with the names of its classes, under a registered symbol shared by every copy of the
 * package in a process (its ESM and CommonJS builds, or two installs), so `instanceof` holds across copies.
 */
const ERROR_CLASSES = Symbol.for('@ccaas/auth-core:error-classes');

function classNamesOf(constructor: unknown): string[] {
  const names: string[] = [];
  for (let current = constructor; typeof current === 'function' && current !== Error; current = Object.getPrototypeOf(current)) {
    names.push((current as { name: string }).name);
  }
  return names;
}

/** Base class of every error thrown by @ccaas packages. */
export class CcaasError extends Error {
  /** Stable machine-readable code, e.g. `invalid_grant`, `missing.permissions`, `token_request_timeout`. */
  readonly code: string;
  /** HTTP status that caused the error, when there was one. */
  readonly status: number | undefined;
  /** Platform correlation id (e.g. `ININ-Correlation-Id`), when the server sent one. */
  readonly correlationId: string | undefined;

  /**
   * `error instanceof ConfigurationError` is also true for an error thrown by another copy of this package in the
   * same process (e.g. `require()` in one module, `import` in another: the dual-package hazard).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const names = value !== null && typeof value === 'object' ? (value as Record<symbol, unknown>)[ERROR_CLASSES] : undefined;
    return Array.isArray(names) && names.includes(this.name);
  }

  constructor(message: string, options: CcaasErrorOptions) {
    super(message, options.cause ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
    this.correlationId = options.correlationId;
    Object.defineProperty(this, ERROR_CLASSES, { value: classNamesOf(new.target) });
  }

  /** Plain, secret-free representation used by `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) json[key] = value;
    }
    if (this.cause instanceof Error) json.cause = { name: this.cause.name, message: this.cause.message };
    return json;
  }
}

/** Prefix of every auth-core error message (one prefix: the package that detected the problem). */
function ownMessage(message: string): string {
  return `[@ccaas/auth-core] ${message}`;
}

/** Codes of {@link ConfigurationError}. */
export type ConfigurationErrorCode =
  /** A required option is missing or empty. */
  | 'missing_option'
  /** An option has the wrong type or an invalid value. */
  | 'invalid_option'
  /** An option the factory does not know (a typo, or an option of another platform's client). */
  | 'unknown_option'
  /** A URL option is not an absolute https URL (http only for loopback hosts) or carries credentials. */
  | 'invalid_url'
  /** A region the client does not know. */
  | 'unknown_region'
  /** Any other configuration problem. */
  | 'configuration';

export interface ConfigurationErrorOptions {
  code?: ConfigurationErrorCode;
  /** The option at fault, e.g. `clientId`, `apiBaseUrl`, `grant.authorizationCode.redirectUri`. */
  option?: string;
  /** The package that detected it, the message's prefix; default `@ccaas/auth-core`. */
  packageName?: string;
}

/**
 * Invalid options, thrown synchronously by factories (or when a lazily resolved token endpoint is invalid). The
 * message names the option and what to pass instead; `option` names it for code.
 */
export class ConfigurationError extends CcaasError {
  declare readonly code: ConfigurationErrorCode;
  /** The option at fault, when one option is. */
  readonly option: string | undefined;

  constructor(message: string, options: ConfigurationErrorOptions = {}) {
    super(`[${options.packageName ?? '@ccaas/auth-core'}] ${message}`, { code: options.code ?? 'configuration' });
    this.option = options.option;
  }
}

// ---- token endpoint ----------------------------------------------------------------------------------------------

/**
 * Codes of {@link TokenRequestError}: transport or protocol failures of the token endpoint (not a rejected grant).
 * An OAuth error code other than the re-authentication ones (e.g. `invalid_scope`) is passed through as the code.
 */
export type TokenRequestErrorCode =
  | 'token_endpoint_error'
  | 'token_endpoint_rate_limited'
  | 'token_request_timeout'
  | 'token_request_network'
  | 'token_response_not_json'
  | 'token_response_invalid'
  | 'token_lock_timeout'
  | 'token_store_unavailable'
  | (string & {});

export interface TokenRequestErrorOptions extends CcaasErrorOptions {
  code: TokenRequestErrorCode;
  /** Token endpoint URL without its query string. */
  url?: string;
  /** Whether retrying the token request may help (5xx, 429, timeout, network). */
  retryable?: boolean;
  /** Parsed `Retry-After` of a 429/503 from the token endpoint. */
  retryAfterMs?: number;
  /** Default: `not_processed` when the server answered (`status` is set), else `unknown`. */
  outcome?: TokenRequestOutcome;
}

/**
 * Whether the server may have processed a failed token request: `not_processed` when it answered with an error or
 * the connection failed before the request was sent; `unknown` when the request may have reached the server (a
 * timeout, a connection dropped mid-request). A single-use credential (refresh token, authorization code) is sent
 * again only after `not_processed`.
 */
export type TokenRequestOutcome = 'not_processed' | 'unknown';

/** The token endpoint could not be used: 5xx, 429, timeout, network failure, or a non-JSON/invalid body. */
export class TokenRequestError extends CcaasError {
  declare readonly code: TokenRequestErrorCode;
  readonly url: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  /** Whether the server may have processed the request (see {@link TokenRequestOutcome}). */
  readonly outcome: TokenRequestOutcome;

  constructor(message: string, options: TokenRequestErrorOptions) {
    super(ownMessage(message), options);
    this.url = options.url;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.outcome = options.outcome ?? (options.status === undefined ? 'unknown' : 'not_processed');
  }
}

/**
 * The grant can no longer produce tokens without new credentials or a new user login: `invalid_grant` (refresh
 * token expired/revoked, code already used), `unauthorized_client`, `access_denied`, or no refresh token for a grant
 * that cannot be re-run; rejected client credentials are the subclass {@link InvalidClientCredentialsError}. The
 * stored token has been cleared when this is thrown.
 */
export class ReauthenticationRequiredError extends CcaasError {
  constructor(message: string, options: CcaasErrorOptions) {
    super(ownMessage(message), options);
  }
}

/**
 * The token endpoint rejected the credentials themselves: the client (`invalid_client`, HTTP 400/401: a wrong client
 * id or secret) or, for the password grant, the username and password (`invalid_grant`: e.g. a wrong or deactivated
 * NICE CXone access key secret), or credentials registered in another region/environment than the token endpoint's.
 * Retrying cannot help; fix the configuration: `option` names the option holding the rejected secret, `url` the
 * token endpoint that was asked. A subclass of {@link ReauthenticationRequiredError} because the token lifecycle
 * handles both alike (the stored token is cleared, waiting calls fail, nothing is retried); check for this class
 * first to tell rejected configuration from a user login that has to be repeated.
 */
export class InvalidClientCredentialsError extends ReauthenticationRequiredError {
  declare readonly code: 'invalid_client' | 'invalid_grant';
  /** The token endpoint that rejected the credentials (without query string). */
  readonly url: string;
  /** The option holding the rejected secret, e.g. `clientSecret`, `accessKeySecret`. */
  readonly option: string;

  constructor(
    message: string,
    options: Omit<CcaasErrorOptions, 'code'> & { code?: 'invalid_client' | 'invalid_grant'; url: string; option?: string },
  ) {
    super(message, { ...options, code: options.code ?? 'invalid_client' });
    this.url = options.url;
    this.option = options.option ?? 'clientSecret';
  }
}

// ---- API responses (thrown by authMiddleware) --------------------------------------------------------------------

/** Request facts attached to HTTP errors (URL with sensitive query values redacted). */
export interface HttpErrorDetails {
  status: number;
  code: string;
  method: string;
  url: string;
  correlationId?: string;
  /** Server-provided message, secrets redacted, truncated to 300 characters. */
  serverMessage?: string;
  /** The response body: parsed JSON, else its text (the access token redacted); undefined when it could not be read. */
  body?: unknown;
}

/** The message with the correlation id at its end, unless it says it already: support asks for it first. */
function withCorrelationId(message: string, correlationId: string | undefined): string {
  return correlationId === undefined || message.includes(correlationId) ? message : `${message} (correlation id ${correlationId})`;
}

/**
 * An API response with a non-2xx status: the base of {@link UnauthorizedError}, {@link ForbiddenError} and
 * {@link RateLimitError} (thrown always), and thrown itself for every other non-2xx status with `throwOnError`
 * (by default openapi-fetch returns those as `{ error }`). `catch (e) { if (e instanceof HttpError) ... }` sees them all.
 */
export class HttpError extends CcaasError {
  declare readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly serverMessage: string | undefined;
  /** The response body: parsed JSON, else its text (the access token redacted); openapi-fetch's `error`. */
  readonly body: unknown;

  constructor(message: string, details: HttpErrorDetails) {
    super(ownMessage(withCorrelationId(message, details.correlationId)), {
      code: details.code,
      status: details.status,
      correlationId: details.correlationId,
    });
    this.method = details.method;
    this.url = details.url;
    this.serverMessage = details.serverMessage;
    this.body = details.body;
  }
}

/** A 401 that survived one token refresh and one replay (or a request that could not be replayed). */
export class UnauthorizedError extends HttpError {}

/** A 403: the token is valid but lacks permissions or scopes. Never retried. */
export class ForbiddenError extends HttpError {
  /** Permissions or scopes the server said are missing (empty when the body did not say). */
  readonly missingPermissions: string[];

  constructor(message: string, details: HttpErrorDetails & { missingPermissions: string[] }) {
    super(message, details);
    this.missingPermissions = details.missingPermissions;
  }
}

/** Why a 429 was not (or no longer) retried. */
export type RateLimitReason = 'retry_after_exceeds_cap' | 'retries_exhausted' | 'total_wait_exceeded' | 'not_replayable';

/** A 429 that is not retried further: Retry-After beyond `maxDelayMs`, retries or total wait budget exhausted. */
export class RateLimitError extends HttpError {
  /** The server's Retry-After in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  readonly reason: RateLimitReason;
  /** Retries already made for this request. */
  readonly attempts: number;

  constructor(
    message: string,
    details: HttpErrorDetails & { retryAfterMs: number | undefined; reason: RateLimitReason; attempts: number },
  ) {
    super(message, details);
    this.retryAfterMs = details.retryAfterMs;
    this.reason = details.reason;
    this.attempts = details.attempts;
  }
}

// ---- API requests that got no (usable) response (thrown by authMiddleware) ---------------------------------------

/** Request facts attached to the errors below (URL with sensitive query values redacted). */
export interface RequestErrorDetails {
  method: string;
  url: string;
}

/** Shared shape of the errors below: an API request that got no (usable) response (not exported from the package entry). */
export class RequestError extends CcaasError {
  readonly method: string;
  readonly url: string;

  constructor(message: string, code: string, details: RequestErrorDetails, cause?: Error) {
    super(ownMessage(message), { code, ...(cause ? { cause } : {}) });
    this.method = details.method;
    this.url = details.url;
  }
}

/**
 * The API request failed before a response arrived (connection refused or reset, DNS, TLS, proxy): after the retries
 * its method allows (idempotent methods and `Idempotency-Key` requests are retried; other POST/PATCH are not, since
 * the server may have acted on them). `cause` is a sanitised copy of fetch's error (name, message and system code).
 */
export class NetworkError extends RequestError {
  declare readonly code: 'network_error';
  /** Sends made for this call (1 when it was not retried). */
  readonly attempts: number;

  constructor(message: string, details: RequestErrorDetails & { attempts: number; cause: Error }) {
    super(message, 'network_error', details, details.cause);
    this.attempts = details.attempts;
  }
}

/**
 * The call did not complete within authMiddleware's `timeoutMs`: the deadline covers rate-limit pauses, waits for a
 * token, backoff, retries and every send. Thrown as soon as a planned wait would end after the deadline.
 */
export class RequestTimeoutError extends RequestError {
  declare readonly code: 'request_timeout';
  readonly timeoutMs: number;

  constructor(message: string, details: RequestErrorDetails & { timeoutMs: number }) {
    super(message, 'request_timeout', details);
    this.timeoutMs = details.timeoutMs;
  }
}

/**
 * A request to a plain-http URL on a host that is not loopback: the access token would travel in clear, so nothing
 * is sent (no token is requested either). Use an https API base URL (Genesys `apiBaseUrl`, the CXone tenant's
 * discovered `api_endpoint`); http is allowed only for loopback hosts (local sandboxes, tests).
 */
export class InsecureTransportError extends RequestError {
  declare readonly code: 'insecure_transport';

  constructor(message: string, details: RequestErrorDetails) {
    super(message, 'insecure_transport', details);
  }
}

/**
 * Internal, never thrown to callers: why the rate limiter's `acquire` refused a send: it would wait longer than its
 * `maxWaitMs` (a known pause or closed window that ends later, or a queue that did not let it through in time).
 * authMiddleware turns it into RateLimitError or RequestTimeoutError.
 */
export class RateLimitWaitExceeded extends Error {
  override readonly name = 'RateLimitWaitExceeded';
  constructor(
    /** The known wait that was refused, or (`queued`) the time spent queued before giving up. */
    readonly waitMs: number,
    readonly queued = false,
  ) {
    super(`a send would wait ${queued ? 'more than ' : ''}${waitMs} ms for the rate limit, beyond its maxWaitMs`);
  }
}
