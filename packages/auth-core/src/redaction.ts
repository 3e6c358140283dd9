/** Keeping tokens, secrets and credentials out of error messages, causes, events and logs. */

const REDACTED = '[redacted]';

/** Credentials written inline, replaced while keeping their label. */
const CREDENTIAL_PATTERNS: Array<[RegExp, string]> = [
  [/\b(Bearer|Basic|DPoP)\s+[A-Za-z0-9\-._~+/]+=*/gi, `$1 ${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  [
    /\b(access_token|refresh_token|id_token|client_secret|password|code_verifier|assertion)(["']?\s*[:=]\s*["']?)[^\s"'&,}]+/gi,
    `$1$2${REDACTED}`,
  ],
];

/**
 * Removes known secret values (tokens, client secrets, passwords) and credential-shaped substrings from text that
 * may end up in an error message, event or log. Secrets shorter than 4 characters are ignored (they would
 * redact ordinary words); this package never places secrets in messages in the first place.
 */
export function redactSecrets(text: string, secrets: Iterable<string | undefined> = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/** A cause that is safe to attach: name + redacted message (+ a system error code such as ECONNREFUSED). */
export function sanitizedCause(error: unknown, secrets: Array<string | undefined>): Error {
  if (!(error instanceof Error)) return new Error('non-error value thrown');
  const systemCode =
    error.cause && typeof error.cause === 'object' && 'code' in error.cause && typeof error.cause.code === 'string'
      ? ` (${error.cause.code})`
      : '';
  const cause = new Error(redactSecrets(`${error.message}${systemCode}`, secrets));
  cause.name = error.name;
  return cause;
}

const SENSITIVE_QUERY_NAME = /token|secret|password|passwd|key|code|signature|sig|auth|credential|assertion|session/i;

/**
 * A URL safe for errors and events: no user info, no fragment, and the values of query parameters whose names
 * look sensitive (token, secret, key, code, ...) replaced by `[redacted]`.
 */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '[invalid url]';
  }
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  const names = [...new Set(parsed.searchParams.keys())];
  for (const name of names) {
    if (SENSITIVE_QUERY_NAME.test(name)) parsed.searchParams.set(name, 'redacted');
  }
  return parsed.href.replace(/=redacted(?=&|$)/g, '=[redacted]');
}
