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

/** What the leases and their write-back keep between calls. */
interface LeaseState {
  /** Leases this process holds (lock key -> holder), re-asserted after a reconnection. */
  readonly held: Map<string, { holder: string; ttlMs: number }>;
  /** Leases released while their key's token was not yet in Redis: kept (and renewed) until it is. */
  readonly deferred: Map<string, DeferredRelease>;
  writeBackTimer: ReturnType<typeof setTimeout> | undefined;
  writingBack: boolean;
}

/** The store's shared parts, the leases' state, and the entries (bound late: they schedule write-backs). */
interface LeaseParts {
  readonly ctx: RedisStoreContext;
  readonly leases: LeaseState;
  readonly entries: () => RedisTokenEntries;
}

async function releaseLock({ ctx, leases }: LeaseParts, redisLockKey: string, holder: string, failure: string): Promise<void> {
  leases.held.delete(redisLockKey);
  await ctx.availability.run(() =>
    ctx.evalScript(RELEASE_LOCK_SCRIPT, redisLockKey, holder, failure, String(redisTokenStoreDefaults.failureRecordTtlMs)),
  );
}

async function reassertLeases({ ctx, leases }: LeaseParts): Promise<void> {
  for (const [redisLockKey, { holder, ttlMs }] of leases.held) {
    await ctx.availability.run(() => ctx.evalScript(EXTEND_LOCK_SCRIPT, redisLockKey, holder, String(ttlMs)));
  }
}

/** Writes what Redis has not confirmed (after a recovery: every token this process wrote) until Redis fails again. */
async function writePendingEntries({ ctx, entries }: LeaseParts, all: boolean): Promise<void> {
  for (const [key, entry] of ctx.local.entries()) {
    // a token this process only read is never written back: its writer may have deleted it since
    if (!entry.pending && !(all && entry.written)) continue;
    const ttlMs = entry.pending?.ttlMs ?? Math.max(1, entry.expiresAt - Date.now());
    await entries().write(key, entry.token, entry.pending?.expected, ttlMs);
    if (ctx.availability.degraded) return; // still down: the next round tries again
  }
}

/** Releases the leases whose token Redis now holds, and renews those still waiting for theirs. */
async function settleDeferredReleases(parts: LeaseParts): Promise<void> {
  const { ctx, leases } = parts;
  for (const [key, deferred] of leases.deferred) {
    if (ctx.local.get(key)?.pending) {
      await ctx.availability.run(() => ctx.evalScript(EXTEND_LOCK_SCRIPT, deferred.lockKey, deferred.holder, String(deferred.ttlMs)));
    } else {
      leases.deferred.delete(key);
      await releaseLock(parts, deferred.lockKey, deferred.holder, deferred.failure);
    }
    if (ctx.availability.degraded) return;
  }
}

/**
 * Writes back what Redis has not confirmed (or, after a recovery, every token this process wrote: Redis may have
 * lost them), then releases the leases that waited for it. Runs again every `writeBackIntervalMs` while anything is
 * pending; never keeps the process alive.
 */
async function writeBack(parts: LeaseParts, all: boolean): Promise<void> {
  const { ctx, leases } = parts;
  if (leases.writingBack || ctx.state.closed) return;
  leases.writingBack = true;
  try {
    await writePendingEntries(parts, all);
    await settleDeferredReleases(parts);
  } finally {
    leases.writingBack = false;
  }
  if (ctx.local.pendingCount > 0 || leases.deferred.size > 0) scheduleWriteBack(parts);
}

function scheduleWriteBack(parts: LeaseParts, delayMs?: number, all = false): void {
  const { ctx, leases } = parts;
  if (ctx.state.closed) return;
  if (all) {
    clearTimeout(leases.writeBackTimer);
    leases.writeBackTimer = undefined;
  }
  if (leases.writeBackTimer) return;
  // a deferred lease is renewed by the write-back: it runs at least every third of the shortest such lease
  const shortestLease = Math.min(...[...leases.deferred.values()].map((deferred) => deferred.ttlMs / 3));
  const wait = delayMs ?? Math.min(redisTokenStoreDefaults.writeBackIntervalMs, shortestLease);
  leases.writeBackTimer = setTimeout(() => {
    leases.writeBackTimer = undefined;
    void writeBack(parts, all);
  }, wait);
  leases.writeBackTimer.unref?.();
}

/** The lease `holder` holds on `key`: renewable; released now, or once the token obtained under it is in Redis. */
function heldLease(parts: LeaseParts, key: string, redisLockKey: string, holder: string, ttlMs: number): TokenStoreLock {
  const { ctx, leases } = parts;
  let released = false;
  leases.held.set(redisLockKey, { holder, ttlMs });
  return {
    async extend(extendMs) {
      if (released) return false;
      const outcome = await ctx.availability.run(() =>
        ctx.evalScript(EXTEND_LOCK_SCRIPT, redisLockKey, holder, String(ttlOf(extendMs, ttlMs))),
      );
      // unknown while Redis does not answer: only a definite "not yours any more" counts as lost
      return !outcome.ok || outcome.value === 1;
    },
    async release(failure?: TokenStoreLockFailure) {
      if (released) return;
      released = true;
      const record = failure ? JSON.stringify({ failed: { ...failure, at: Date.now() } }) : '';
      if (ctx.local.get(key)?.pending) {
        // the token obtained under this lease is not in Redis yet: whoever refreshes next must start from it
        leases.deferred.set(key, { lockKey: redisLockKey, holder, ttlMs, failure: record });
        scheduleWriteBack(parts);
        return;
      }
      // if Redis is down now, the lock simply expires after its TTL
      await releaseLock(parts, redisLockKey, holder, record);
    },
  };
}

async function tryLock(parts: LeaseParts, key: string, ttlMs: number): Promise<TokenStoreLock | undefined> {
  const { ctx } = parts;
  if (Date.now() < ctx.state.recoveringUntil) return undefined;
  const redisLockKey = ctx.lockKey(key);
  const ttl = ttlOf(ttlMs, 30_000);
  if (ctx.state.reconnecting) return ctx.local.tryLock(key, ttl);
  const holder = randomLockHolder();
  const outcome = await ctx.availability.run(() => ctx.evalScript(TRY_LOCK_SCRIPT, redisLockKey, holder, String(ttl)));
  if (!outcome.ok) return ctx.local.tryLock(key, ttl);
  if (outcome.value !== 1) return undefined;
  if (ctx.state.reconnecting || Date.now() < ctx.state.recoveringUntil) {
    // granted by a Redis that has just come back (ioredis announces `ready` a tick later): not yet ours to take
    await releaseLock(parts, redisLockKey, holder, '');
    return undefined;
  }
  return heldLease(parts, key, redisLockKey, holder, ttl);
}

async function readLockState(ctx: RedisStoreContext, key: string): Promise<TokenStoreLockState> {
  if (Date.now() < ctx.state.recoveringUntil) return { held: true };
  const outcome = await ctx.availability.run(() => ctx.client.get(ctx.lockKey(key)));
  if (!outcome.ok || outcome.value === null) return { held: false };
  if (!outcome.value.startsWith('{')) return { held: true };
  try {
    const failure = (JSON.parse(outcome.value) as { failed?: TokenStoreLockState['failure'] }).failed;
    return failure && typeof failure.code === 'string' && typeof failure.at === 'number' ? { held: false, failure } : { held: false };
  } catch {
    return { held: false };
  }
}

/** `entries` is bound after construction (the entries schedule write-backs, the write-back writes entries). */
export function createRedisLeases(ctx: RedisStoreContext, entries: () => RedisTokenEntries): RedisLeases {
  const parts: LeaseParts = {
    ctx,
    leases: { held: new Map(), deferred: new Map(), writeBackTimer: undefined, writingBack: false },
    entries,
  };
  return {
    scheduleWriteBack: (delayMs, all) => scheduleWriteBack(parts, delayMs, all),
    recovered() {
      ctx.state.recoveringUntil = Date.now() + ctx.recoveryGraceMs;
      void reassertLeases(parts).finally(() => scheduleWriteBack(parts, 0, true));
    },
    close() {
      clearTimeout(parts.leases.writeBackTimer);
    },
    tryLock: (key, ttlMs) => tryLock(parts, key, ttlMs),
    lockState: (key) => readLockState(ctx, key),
  };
}
