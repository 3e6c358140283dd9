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
