/**
 * What a failed token request means, for token-endpoint-client.ts: an OAuth error body or challenge (`invalid_grant`
 * & co: ReauthenticationRequiredError; rejected credentials: InvalidClientCredentialsError naming the options to
 * check; `temporarily_unavailable` & co: retryable TokenRequestError), a status without one, or no response at all
 * (`transportError`). Part of deferred.ts, loaded on the first such failure only, so a client whose token requests
 * succeed does not bundle it at startup. A 429 or 5xx answer is told in token-endpoint-client.ts (a few fields).
 */
import { ConfigurationError, InvalidClientCredentialsError, ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import { redactSecrets, sanitizedCause } from './redaction.js';
import type { CredentialOptionNames } from './token-endpoint-types.js';

const REAUTHENTICATION_CODES = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'access_denied']);
const RETRYABLE_OAUTH_CODES = new Set(['temporarily_unavailable', 'server_error', 'slow_down']);

/** What a token response's errors say about the request: which grant, and how the application names its options. */
export interface RequestFacts {
  /** The application's names of the checked values (see {@link CredentialOptionNames}). */
  names: CredentialOptionNames | undefined;
  /** A confidential client (it authenticated with a secret). */
  hasClientSecret: boolean;
  grantType: string;
}

/** A failed response and where it came from. */
interface ResponseFacts extends RequestFacts {
  url: string;
  secrets: Array<string | undefined>;
  correlationId: string | undefined;
}

/** The error of a token endpoint answer other than 200, 429 and 5xx (whose body `text` has been read). */
export function statusError(text: string, headers: Headers, facts: ResponseFacts & { status: number }): Error {
  const { status, url, correlationId } = facts;
  if (status < 400) {
    return new TokenRequestError(`token endpoint ${url} answered HTTP ${status}`, {
      code: 'token_endpoint_error',
      status,
      url,
      correlationId,
    });
  }
  return oauthError(text, headers, facts);
}

/**
 * A 4xx: the RFC 6749 §5.2 body (`error`, `error_description`; CXone writes `errorDescription`), whatever its
 * content-type, else an RFC 6750 `WWW-Authenticate` challenge (`error="..."`; a bare challenge on a 401 means the
 * client authentication failed: `invalid_client`).
 */
function oauthError(
  text: string,
  headers: Headers,
  facts: ResponseFacts & { status: number },
): Error {
  const { status, url, secrets, correlationId } = facts;
  let code: string | undefined;
  let description: string | undefined;
  try {
    const json: unknown = JSON.parse(text);
    code = stringField(json, 'error');
    description = stringField(json, 'error_description') ?? stringField(json, 'errorDescription');
  } catch {
    // not JSON: the challenge below, if any
  }
  const challenge = headers.get('www-authenticate');
  if (code === undefined && challenge) {
    code = /\berror="?([^",\s]+)/i.exec(challenge)?.[1] ?? (status === 401 ? 'invalid_client' : undefined);
  }
  if (code === undefined) {
    return new TokenRequestError(`token endpoint ${url} answered HTTP ${status} without an OAuth error body`, {
      code: 'token_endpoint_error',
      status,
      url,
      correlationId,
    });
  }
  const safeCode = redactSecrets(code, secrets).slice(0, 100);
  const safeDescription = description ? `: ${redactSecrets(description, secrets).slice(0, 200)}` : '';
  // the password grant's own credentials are the username and password: its invalid_grant rejects them (RFC 6749 §5.2)
  if (code === 'invalid_client' || (code === 'invalid_grant' && facts.grantType === 'password')) {
    return credentialsError(code, safeDescription, facts);
  }
  if (code === 'unauthorized_client') {
    return new ReauthenticationRequiredError(
      `the token endpoint ${url} does not allow this OAuth client the grant it used (unauthorized_client${safeDescription}): ` +
        "enable that grant type in the client's settings or use a client that has it",
      { code: safeCode, status, correlationId },
    );
  }
  if (REAUTHENTICATION_CODES.has(code)) {
    return new ReauthenticationRequiredError(`token endpoint rejected the grant (${safeCode}${safeDescription})`, {
      code: safeCode,
      status,
      correlationId,
    });
  }
  return new TokenRequestError(`token endpoint ${url} answered ${safeCode}${safeDescription}`, {
    code: safeCode,
    status,
    url,
    correlationId,
    retryable: RETRYABLE_OAUTH_CODES.has(code),
  });
}

/** {@link InvalidClientCredentialsError} naming the options to check (never their values). */
function credentialsError(
  code: 'invalid_client' | 'invalid_grant',
  safeDescription: string,
  facts: ResponseFacts & { status: number },
): InvalidClientCredentialsError {
  const { url, status, correlationId } = facts;
  const names = facts.names ?? {};
  const clientId = names.clientId ?? 'clientId';
  const clientSecret = names.clientSecret ?? 'clientSecret';
  const where = names.tokenEndpoint ? ` (${names.tokenEndpoint})` : '';
  if (facts.grantType !== 'password') {
    return new InvalidClientCredentialsError(
      `the token endpoint ${url} rejected the client credentials (${code}${safeDescription}): check ${clientId} and ` +
        `${clientSecret}, and that the OAuth client belongs to the region/environment of this token endpoint${where}`,
      { code, status, correlationId, url, option: clientSecret },
    );
  }
  const password = names.password ?? 'password';
  const client = !facts.hasClientSecret ? '' : ` (and ${clientId} and ${clientSecret})`;
  return new InvalidClientCredentialsError(
    `the token endpoint ${url} rejected the credentials (${code}${safeDescription}): check ${names.username ?? 'username'} and ` +
      `${password}${client}, and that they belong to the tenant/environment of this token endpoint${where}`,
    { code, status, correlationId, url, option: code === 'invalid_client' && facts.hasClientSecret ? clientSecret : password },
  );
}

function stringField(value: unknown, name: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' && field ? field : undefined;
}

/** System error codes of connections that failed before anything was sent (refused, unresolvable, TLS rejected). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when a fetch failure certainly happened before the request left this process (undici's `cause.code`). */
function failedBeforeSending(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
  return NOT_SENT_CODES.has(code) || /^(CERT_|ERR_TLS_)|SELF_SIGNED/.test(code);
}

/** A token request that got no response (refused, unresolvable, reset, TLS): a retryable TokenRequestError. */
export function transportError(
  error: unknown,
  signal: AbortSignal,
  url: string,
  secrets: Array<string | undefined>,
  names: CredentialOptionNames | undefined,
): unknown {
  if (signal.aborted) return signal.reason;
  if (error instanceof TokenRequestError || error instanceof ConfigurationError) return error;
  const notSent = failedBeforeSending(error);
  const cause = sanitizedCause(error, secrets);
  // the cause (with its system code, e.g. ECONNREFUSED) in the message too: loggers often drop `cause`
  return new TokenRequestError(
    `token request to ${url} failed ${notSent ? 'before it was sent' : 'before a response arrived'} (${cause.name}: ${cause.message}): ` +
      `check that the token endpoint is reachable (${names?.tokenEndpoint ?? 'tokenEndpoint'}, DNS, proxy, firewall)`,
    { code: 'token_request_network', url, retryable: true, outcome: notSent ? 'not_processed' : 'unknown', cause },
  );
}
