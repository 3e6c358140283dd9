/**
 * Revocation (RFC 7009) of a token manager's tokens, for `revoke()` and for a token a refresh obtained after one:
 * part of deferred.ts, loaded when something is revoked (a client that never revokes does not carry it).
 */
import { TokenRequestError } from './errors.js';
import type { FetchLike, Grant, GrantRequestContext } from './grants.js';
import type { StoredToken } from './token-store.js';

/** RFC 7009: revokes the refresh token (when there is one), then the access token, within `timeoutMs`. */
export async function revokeTokens(grant: Grant, fetchImpl: FetchLike, timeoutMs: number, token: StoredToken, signal?: AbortSignal): Promise<void> {
  const revokeToken = grant.revoke?.bind(grant);
  if (!revokeToken) return;
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new TokenRequestError('revocation timed out', { code: 'token_request_timeout', outcome: 'unknown' })),
    timeoutMs,
  );
  const context: GrantRequestContext = { fetch: fetchImpl, signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal };
  try {
    if (token.refreshToken) await revokeToken(token.refreshToken, 'refresh_token', context);
    await revokeToken(token.accessToken, 'access_token', context);
  } finally {
    clearTimeout(timer);
  }
}
