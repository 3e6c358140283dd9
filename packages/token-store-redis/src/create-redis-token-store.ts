import type { StoredToken, TokenStore, TokenStoreLock, TokenStoreLockState } from '@ccaas/auth-core';
import { refreshLease, type RefreshLease } from '@ccaas/auth-core/platform';
import type { Cluster, Redis } from 'ioredis';
import { redisTokenStoreDefaults } from './defaults.js';
import type { MirrorEntry } from './local-token-store.js';
import { createRedisLeases } from './redis-leases.js';
import { createRedisStoreContext, requireKey, type RedisTokenStoreOptions } from './redis-store-context.js';
import { createRedisTokenEntries, type RedisTokenEntries } from './redis-token-entries.js';

export type { RedisTokenStoreOptions } from './redis-store-context.js';

/** auth-core's `TokenStore` with every optional member (lease, compare-and-set), plus lifecycle and diagnostics. */
export interface RedisTokenStore extends TokenStore {
  tryLock(key: string, ttlMs: number): Promise<TokenStoreLock | undefined>;
  lockState(key: string): Promise<TokenStoreLockState>;
  /** auth-core's lease protocol, which the token manager runs with `tryLock` and `lockState`. */
  readonly refreshLease: RefreshLease;
  compareAndSet(key: string, expected: StoredToken | undefined, token: StoredToken, ttlMs: number): Promise<StoredToken>;
  compareAndDelete(key: string, expected: StoredToken): Promise<boolean>;
  /** `redis` while Redis answers; `fallback` from a failure until Redis answers again. */
  readonly mode: 'redis' | 'fallback';
  /** The Redis key holding the token stored under `key` (no secret in it: it is the prefix plus the manager's key). */
  redisKeyFor(key: string): string;
  /** The ioredis client the store uses (made from `url`, or the one passed as `redis`); `createRedisRateBudget({ store })` shares it. */
  readonly redis: Redis | Cluster;
  /** Sizes of the in-process state: tokens kept, of those decoded from Redis, writes Redis has not confirmed yet. */
  stats(): { mirrored: number; decoded: number; pendingWriteBacks: number };
  /** Closes the client the store created from `url`; a client passed as `redis` is left open. */
  close(): Promise<void>;
}

/** Closes a client the store created: a graceful QUIT for at most `closeTimeoutMs`, then the socket is dropped. */
async function closeOwnClient(own: Redis): Promise<void> {
  if (own.status === 'ready') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), redisTokenStoreDefaults.closeTimeoutMs);
    });
    try {
      await Promise.race([own.quit(), gaveUp]);
    } catch {
      // closing is best effort
    } finally {
      clearTimeout(timer);
    }
  }
  own.disconnect();
}

/**
 * Creates a Redis-backed `TokenStore` for `createTokenManager({ store })`: one token per key shared by every
 * process; a lease per key (random holder value, renewed by its holder, released with an optional failure record
 * waiters read); compare-and-set writes where the newest token wins; deletes that leave a tombstone; writes Redis did
 * not confirm are kept and written back when it does. Redis errors never reach the caller: the store falls back to its
 * in-process copy.
 */
export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  const ctx = createRedisStoreContext(options, () => leases.recovered());
  const { client, availability, local, state } = ctx;
  const leases = createRedisLeases(ctx, () => entries);
  const entries: RedisTokenEntries = createRedisTokenEntries(ctx, (delayMs) => leases.scheduleWriteBack(delayMs));

  // A reconnection may follow a restart that lost every key: take back the leases this process holds, then write
  // back what it wrote (newest wins), while it takes no new lease for recoveryGraceMs.
  const onClose = () => {
    state.reconnecting = true;
  };
  const onReady = () => {
    if (!state.reconnecting) return;
    state.reconnecting = false;
    availability.retryNow();
    leases.recovered();
  };
  client.on('close', onClose);
  client.on('ready', onReady);

  return {
    refreshLease,
    get mode() {
      return availability.degraded ? 'fallback' : 'redis';
    },
    redis: client,
    redisKeyFor(key) {
      return ctx.tokenKey(key);
    },
    stats() {
      const mirrored = local.entries();
      return {
        mirrored: mirrored.length,
        decoded: mirrored.filter(([, entry]: [string, MirrorEntry]) => entry.raw !== undefined).length,
        pendingWriteBacks: local.pendingCount,
      };
    },
    async get(key) {
      requireKey(key);
      return entries.get(key);
    },
    async set(key, token, ttlMs) {
      requireKey(key);
      await entries.set(key, token, ttlMs);
    },
    async compareAndSet(key, expected, token, ttlMs) {
      requireKey(key);
      return entries.write(key, token, expected, ttlMs);
    },
    async delete(key) {
      requireKey(key);
      await entries.delete(key);
    },
    async compareAndDelete(key, expected) {
      requireKey(key);
      return entries.compareAndDelete(key, expected);
    },
    async tryLock(key, ttlMs) {
      requireKey(key);
      return leases.tryLock(key, ttlMs);
    },
    async lockState(key) {
      requireKey(key);
      return leases.lockState(key);
    },
    async close() {
      state.closed = true;
      leases.close();
      client.off('ready', onReady);
      client.off('close', onClose);
      if (ctx.ownsClient) await closeOwnClient(client as Redis);
    },
  };
}
