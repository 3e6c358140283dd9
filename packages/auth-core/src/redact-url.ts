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
