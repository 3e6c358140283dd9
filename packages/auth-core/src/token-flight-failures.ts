/**
 * What a failed refresh leaves (token-flight.ts's last phase when its token request failed), part of deferred.ts:
 * a refresh token another process rotated meanwhile is adopted or tried once more; otherwise a still-valid token
 * keeps being served and the failure is reported, and a rejected refresh token leaves the store.
 */
import { ReauthenticationRequiredError } from './errors.js';
import { authCoreDefaults } from './options.js';
import type { Flight, FlightContext, Trigger } from './token-flight.js';
import { sameToken, type StoredToken } from './token-store.js';

/**
 * A flight failed. A still-valid token keeps being served (a failed proactive refresh, `invalid_grant` included:
 * the access token is good until it expires), the failure is reported at once, and a rejected refresh token is
 * removed from the store only while the store still holds it (another process may have stored a newer one).
 */
export async function failed(ctx: FlightContext, f: Flight, trigger: Trigger, base: StoredToken | undefined, error: unknown): Promise<StoredToken> {
  const { state, freshness } = ctx;
  const failure = error instanceof Error ? error : new Error('token request failed');
  f.outcome = 'failed';
  if (f.generation !== state.generation) throw failure;
  if (failure instanceof ReauthenticationRequiredError && base?.refreshToken !== undefined) {
    await ctx.store.deleteIf(base);
    if (state.current !== undefined && sameToken(state.current, base)) {
      // nothing to refresh with any more; the access token itself is still good until it expires
      const { refreshToken: _rejected, ...rest } = state.current;
      state.current = freshness.isValid(rest) ? rest : undefined;
    }
  } else if (failure instanceof ReauthenticationRequiredError && (state.current === undefined || !freshness.isValid(state.current))) {
    state.current = undefined;
  }
  const keep = freshness.servable(state.current, trigger);
  ctx.emit('refreshFailed', { reason: trigger.reason, error: failure, ...(keep ? { validUntil: keep.expiresAt } : {}) });
  if (!keep) throw failure;
  state.proactiveBackoffUntil = ctx.clock() + authCoreDefaults.tokenManager.proactiveRetryBackoffMs;
  return keep;
}

/**
 * After a failed request: another process may have rotated the refresh token meanwhile (its token is in the store).
 * Resolves a fresh token to adopt, a newer base to try once more from, or undefined when the failure stands.
 */
export async function recoverFromRotation(
  ctx: FlightContext,
  trigger: Trigger,
  base: StoredToken | undefined,
  error: unknown,
): Promise<{ adopt: StoredToken } | { retryFrom: StoredToken } | undefined> {
  if (!(error instanceof ReauthenticationRequiredError) || base?.refreshToken === undefined) return undefined;
  const newer = await ctx.store.get();
  if (!newer || sameToken(newer, base) || trigger.stale.has(newer.accessToken)) return undefined;
  if (ctx.freshness.isFresh(newer)) return { adopt: newer };
  if (newer.refreshToken !== undefined && newer.refreshToken !== base.refreshToken) return { retryFrom: newer };
  return undefined;
}
