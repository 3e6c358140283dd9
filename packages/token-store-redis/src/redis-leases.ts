/**
 * The refresh leases of the Redis store and the write-back behind them. A lease is a lock key holding its holder's
 * random value, renewed while its holder works, released with an optional failure record waiters read. A lease whose
 * token Redis has not confirmed yet stays held (and renewed) until the write-back has written it, so whoever refreshes
 * next starts from that token's refresh token. After a reconnection (Redis may have restarted empty) the leases this
 * process holds are taken back and what it wrote is written back, newest wins.
 */
import type { TokenStoreLock, TokenStoreLockFailure, TokenStoreLockState } from '@ccaas/auth-core';
import { redisTokenStoreDefaults } from './defaults.js';
import { EXTEND_LOCK_SCRIPT, randomLockHolder, RELEASE_LOCK_SCRIPT, TRY_LOCK_SCRIPT } from './redis-scripts.js';
import { ttlOf, type RedisStoreContext } from './redis-store-context.js';
import type { RedisTokenEntries } from './redis-token-entries.js';

export interface RedisLeases {
  tryLock(key: string, ttlMs: number): Promise<TokenStoreLock | undefined>;
  lockState(key: string): Promise<TokenStoreLockState>;
  /** Schedules a write-back of pending writes after `delayMs` (default: the interval); `all` after a recovery. */
  scheduleWriteBack(delayMs?: number, all?: boolean): void;
  /** Redis answers again after an outage or a reconnection. */
  recovered(): void;
  /** Stops the write-back timer. */
  close(): void;
}

interface DeferredRelease {
  lockKey: string;
  holder: string;
  ttlMs: number;
  failure: string;
}

/** `entries` is bound after construction (the entries schedule write-backs, the write-back writes entries). */
export function createRedisLeases(ctx: RedisStoreContext, entries: () => RedisTokenEntries): RedisLeases {
  const { availability, local, state } = ctx;
  /** Leases this process holds (lock key -> holder), re-asserted after a reconnection. */
  const heldLeases = new Map<string, { holder: string; ttlMs: number }>();
  /** Leases released while their key's token was not yet in Redis: kept (and renewed) until it is. */
  const deferredReleases = new Map<string, DeferredRelease>();
  let writeBackTimer: ReturnType<typeof setTimeout> | undefined;
  let writingBack = false;

  async function releaseLock(redisLockKey: string, holder: string, failure: string): Promise<void> {
    heldLeases.delete(redisLockKey);
    await availability.run(() =>
      ctx.evalScript(RELEASE_LOCK_SCRIPT, redisLockKey, holder, failure, String(redisTokenStoreDefaults.failureRecordTtlMs)),
    );
  }

  async function reassertLeases(): Promise<void> {
    for (const [redisLockKey, { holder, ttlMs }] of heldLeases) {
      await availability.run(() => ctx.evalScript(EXTEND_LOCK_SCRIPT, redisLockKey, holder, String(ttlMs)));
    }
  }

  /**
   * Writes back what Redis has not confirmed (or, after a recovery, every token this process wrote: Redis may have
   * lost them; a token it only read may have been deleted by its writer since), then releases the leases that waited
   * for it. Runs again every `writeBackIntervalMs` while anything is pending; never keeps the process alive.
   */
  async function writeBack(all: boolean): Promise<void> {
    if (writingBack || state.closed) return;
    writingBack = true;
    try {
      for (const [key, entry] of local.entries()) {
        if (!entry.pending && !(all && entry.written)) continue;
        const ttlMs = entry.pending?.ttlMs ?? Math.max(1, entry.expiresAt - Date.now());
        await entries().write(key, entry.token, entry.pending?.expected, ttlMs);
        if (availability.degraded) break; // still down: the next round tries again
      }
      for (const [key, deferred] of deferredReleases) {
        if (local.get(key)?.pending) {
          await availability.run(() => ctx.evalScript(EXTEND_LOCK_SCRIPT, deferred.lockKey, deferred.holder, String(deferred.ttlMs)));
        } else {
          deferredReleases.delete(key);
          await releaseLock(deferred.lockKey, deferred.holder, deferred.failure);
        }
        if (availability.degraded) break;
      }
    } finally {
      writingBack = false;
    }
    if (local.pendingCount > 0 || deferredReleases.size > 0) scheduleWriteBack();
  }

  function scheduleWriteBack(delayMs?: number, all = false): void {
    if (state.closed) return;
    if (all) {
      clearTimeout(writeBackTimer);
      writeBackTimer = undefined;
    }
    if (writeBackTimer) return;
    const shortestLease = Math.min(...[...deferredReleases.values()].map((deferred) => deferred.ttlMs / 3));
    const wait = delayMs ?? Math.min(redisTokenStoreDefaults.writeBackIntervalMs, shortestLease);
    writeBackTimer = setTimeout(() => {
      writeBackTimer = undefined;
      void writeBack(all);
    }, wait);
    writeBackTimer.unref?.();
  }

  function lease(key: string, redisLockKey: string, holder: string, ttlMs: number): TokenStoreLock {
    let released = false;
    heldLeases.set(redisLockKey, { holder, ttlMs });
    return {
      async extend(extendMs) {
        if (released) return false;
        const outcome = await availability.run(() =>
          ctx.evalScript(EXTEND_LOCK_SCRIPT, redisLockKey, holder, String(ttlOf(extendMs, ttlMs))),
        );
        // unknown while Redis does not answer: only a definite "not yours any more" counts as lost
        return !outcome.ok || outcome.value === 1;
      },
      async release(failure?: TokenStoreLockFailure) {
        if (released) return;
        released = true;
        const record = failure ? JSON.stringify({ failed: { ...failure, at: Date.now() } }) : '';
        if (local.get(key)?.pending) {
          // the token obtained under this lease is not in Redis yet: whoever refreshes next must start from it
          deferredReleases.set(key, { lockKey: redisLockKey, holder, ttlMs, failure: record });
          scheduleWriteBack();
          return;
        }
        // if Redis is down now, the lock simply expires after its TTL
        await releaseLock(redisLockKey, holder, record);
      },
    };
  }

  return {
    scheduleWriteBack,
    recovered() {
      state.recoveringUntil = Date.now() + ctx.recoveryGraceMs;
      void reassertLeases().finally(() => scheduleWriteBack(0, true));
    },
    close() {
      clearTimeout(writeBackTimer);
    },
    async tryLock(key, ttlMs) {
      if (Date.now() < state.recoveringUntil) return undefined;
      const redisLockKey = ctx.lockKey(key);
      const ttl = ttlOf(ttlMs, 30_000);
      if (state.reconnecting) return local.tryLock(key, ttl);
      const holder = randomLockHolder();
      const outcome = await availability.run(() => ctx.evalScript(TRY_LOCK_SCRIPT, redisLockKey, holder, String(ttl)));
      if (!outcome.ok) return local.tryLock(key, ttl);
      if (outcome.value !== 1) return undefined;
      if (state.reconnecting || Date.now() < state.recoveringUntil) {
        // granted by a Redis that has just come back (ioredis announces `ready` a tick later): not yet ours to take
        await releaseLock(redisLockKey, holder, '');
        return undefined;
      }
      return lease(key, redisLockKey, holder, ttl);
    },
    async lockState(key) {
      if (Date.now() < state.recoveringUntil) return { held: true };
      const outcome = await availability.run(() => ctx.client.get(ctx.lockKey(key)));
      if (!outcome.ok || outcome.value === null) return { held: false };
      if (!outcome.value.startsWith('{')) return { held: true };
      try {
        const failure = (JSON.parse(outcome.value) as { failed?: TokenStoreLockState['failure'] }).failed;
        return failure && typeof failure.code === 'string' && typeof failure.at === 'number' ? { held: false, failure } : { held: false };
      } catch {
        return { held: false };
      }
    },
  };
}
