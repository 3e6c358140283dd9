/**
 * The cross-process side of a refresh: getting the store's lease (or a fresh token someone else stored while we
 * waited), moving on at once when the holder releases or reports a failure, refusing to spend a single-use
 * credential under a lease that excludes only this process, and renewing a held lease while its holder works.
 *
 * A store that has `tryLock` carries this protocol as its `refreshLease` member (`createRedisTokenStore` does), so
 * that a client without a shared store does not bundle it: the token manager reaches it only through the store.
 * Store implementations get it from the internal entry `@ccaas/auth-core/platform`, not the public index. Its
 * contract (`RefreshLease`, `AcquireLeaseOptions`, ...) lives in token-store.ts next to the `TokenStore` that carries
 * it, so this module depends on the store's types and never the other way round.
 */
import { ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import { abortableSleep } from './retry-policy.js';
import type {
  AcquireLeaseOptions,
  HeldLease,
  LeaseOutcome,
  RefreshLease,
  TokenStoreLock,
  TokenStoreLockFailure,
} from './token-store.js';

/**
 * Longest wait for a shared store that cannot grant a lease (down, rejecting writes, too slow) before a flight that
 * has no valid token to serve refreshes in this process only. Far longer than a Redis restart or reconnection, even on
 * a starved machine, so the processes keep sharing one refresh (and one rotating refresh token) through short
 * outages; short enough that an outlasting fault (a read-only replica after a failover) answers callers instead of
 * leaving them waiting for minutes.
 */
const storeComebackWaitMs = 15_000;

/** The waiters' error for a failure another process's lease holder reported (waiters fail at once instead of sitting out the lease TTL). */
function failureElsewhere(failure: TokenStoreLockFailure): Error {
  const message = `another process's token request failed (${failure.code}); this one did not send its own`;
  const details = { code: failure.code, ...(failure.status === undefined ? {} : { status: failure.status }) };
  return failure.reauthenticate
    ? new ReauthenticationRequiredError(message, details)
    : new TokenRequestError(message, { ...details, retryable: true, outcome: 'not_processed' });
}

/** What a lease holder tells waiters about its failure (codes and status only, never a message or a token). */
function lockFailureOf(error: unknown): TokenStoreLockFailure | undefined {
  if (!(error instanceof ReauthenticationRequiredError || error instanceof TokenRequestError)) return undefined;
  return {
    code: error.code,
    reauthenticate: error instanceof ReauthenticationRequiredError,
    ...(error.status === undefined ? {} : { status: error.status }),
  };
}

/**
 * Waits until this flight holds the lease or can adopt another holder's token. With `store.lockState`, a released
 * lease is tried again at the next poll and a holder's reported failure ends the wait at once; without it, the lease
 * is tried again every `lockTtlMs` (a crashed holder's lease expires by itself).
 */
async function acquireRefreshLease(options: AcquireLeaseOptions): Promise<LeaseOutcome> {
  const { store, storeKey, lockTtlMs, lockPollIntervalMs, clock, signal } = options;
  const deadline = clock() + options.maxWaitMs;
  /** Failures reported before we started waiting belong to someone else's wait. */
  const waitingSince = Date.now();
  const degradeAt = clock() + storeComebackWaitMs;
  let warned = false;
  for (;;) {
    let lock: TokenStoreLock | undefined;
    let unavailable = false;
    try {
      lock = await store.tryLock!(storeKey, lockTtlMs);
    } catch (error) {
      options.onStoreError('tryLock', error);
      unavailable = true;
    }
    if ((unavailable || lock?.localOnly) && options.needsSharedLease) {
      // Spending a refresh token (or a code) that other processes also hold, without a lease they respect, risks a
      // session revoked by reuse detection: while a valid token can be served, nothing is spent.
      if (options.servable()) {
        await lock?.release().catch((error: unknown) => options.onStoreError('release', error));
        options.onWarning(
          'store_unavailable',
          'the shared token store cannot grant a lease; the refresh token is not spent until it can (a still-valid token keeps being served)',
        );
        throw new TokenRequestError(
          'the shared token store cannot grant a lease, so the refresh token was not spent; the still-valid token is used meanwhile',
          { code: 'token_store_unavailable', retryable: true, outcome: 'not_processed' },
        );
      }
      // Nothing valid is left: wait a little for the store to come back (a restart, a reconnection), then refresh in
      // this process only, single-flight, rather than leave callers waiting on a fault that may outlast them.
      if (!warned) {
        warned = true;
        options.onWarning(
          'store_unavailable',
          'the shared token store cannot grant a lease and no valid token is left: waiting briefly for it, then refreshing in this process only',
        );
      }
      if (clock() < degradeAt) {
        await lock?.release().catch((error: unknown) => options.onStoreError('release', error));
        await abortableSleep(lockPollIntervalMs, signal);
        continue;
      }
    }
    if (lock) {
      // the last holder may have stored a fresh token, or rotated the refresh token, just before we got the lease
      const stored = await options.readStore();
      const lease = holdLease(lock, options);
      if (!options.acceptable(stored)) return { lease, stored };
      await lease.release();
      return { token: stored! };
    }
    if (unavailable) return {}; // refresh without a lease: the flight itself is the single flight in this process
    // another holder refreshes: wait for its token, its release or its failure
    const roundStarted = clock();
    for (;;) {
      await abortableSleep(lockPollIntervalMs, signal);
      const token = await options.readStore();
      if (options.acceptable(token)) return { token: token! };
      if (clock() >= deadline) {
        throw new TokenRequestError(`another holder kept the token lease for ${options.maxWaitMs} ms without a fresh token appearing`, {
          code: 'token_lock_timeout',
          retryable: true,
          outcome: 'not_processed',
        });
      }
      if (typeof store.lockState === 'function') {
        const state = await store.lockState(storeKey).catch(() => undefined);
        if (state?.failure && state.failure.at >= waitingSince) throw failureElsewhere(state.failure);
        if (state && !state.held) break;
      } else if (clock() - roundStarted >= lockTtlMs) {
        break;
      }
    }
  }
}

/**
 * Holds `lock`: renews it every third of its TTL while its holder works, one renewal at a time (a lost lease is
 * reported once, `lease_lost`; the holder carries on, and compare-and-set keeps the store from going back in time),
 * until it is released.
 */
function holdLease(lock: TokenStoreLock, options: AcquireLeaseOptions): HeldLease {
  const { lockTtlMs } = options;
  let busy = false;
  let lost = false;
  let released = false;
  const timer =
    typeof lock.extend === 'function' && !lock.localOnly
      ? setInterval(
          () => {
            if (busy || lost) return;
            busy = true;
            lock.extend!(lockTtlMs)
              .then(
                (held) => {
                  if (held) return;
                  lost = true;
                  options.onWarning('lease_lost', `the token lease expired while its holder was still refreshing (lockTtlMs ${lockTtlMs} ms)`);
                },
                (error: unknown) => options.onStoreError('tryLock', error),
              )
              .finally(() => (busy = false));
          },
          Math.max(1, Math.floor(lockTtlMs / 3)),
        )
      : undefined;
  return {
    localOnly: lock.localOnly === true,
    async release(error) {
      clearInterval(timer);
      if (released) return;
      released = true;
      try {
        await lock.release(lockFailureOf(error));
      } catch (releaseError) {
        options.onStoreError('release', releaseError);
      }
    },
  };
}

/** The lease protocol of @ccaas/auth-core: set it as `refreshLease` of a store that implements `tryLock`. */
export const refreshLease: RefreshLease = { acquire: acquireRefreshLease };
