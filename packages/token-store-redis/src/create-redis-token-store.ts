import {
  refreshLease,
  type RefreshLease,
  type StoredToken,
  type TokenStore,
  type TokenStoreLock,
  type TokenStoreLockFailure,
  type TokenStoreLockState,
} from '@ccaas/auth-core';
import { Redis, type Cluster } from 'ioredis';
import { redisTokenStoreDefaults } from './defaults.js';
import { createLocalTokenStore, type MirrorEntry } from './local-token-store.js';
import { createRedisAvailability } from './redis-availability.js';
import {
  DELETE_TOKEN_SCRIPT,
  EXTEND_LOCK_SCRIPT,
  isShebangUnsupported,
  isTombstone,
  randomLockHolder,
  RELEASE_LOCK_SCRIPT,
  tombstoneRecord,
  TRY_LOCK_SCRIPT,
  withAllowOom,
  WRITE_TOKEN_SCRIPT,
} from './redis-scripts.js';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import type { RedisTokenStoreWarning } from './redis-token-store-warning.js';
import { createTokenCodec, tokenFingerprint, type EncryptionKeyInput } from './token-codec.js';

export interface RedisTokenStoreOptions {
  /** An ioredis `Redis` or `Cluster` you own (the store never closes it). Give this or `url`. */
  redis?: Redis | Cluster;
  /** `redis://` or `rediss://` URL: the store creates its own fail-fast ioredis client, closed by `close()`. */
  url?: string;
  /** Prefix of every Redis key; default `ccaas:token-store:`. */
  keyPrefix?: string;
  /** Encrypts entries at rest with AES-GCM (WebCrypto): a `CryptoKey`, or 16/24/32 bytes raw or base64. Default none. */
  encryptionKey?: EncryptionKeyInput;
  /** Receives `redis_unavailable`, `write_rejected` (once per episode) and `token_unreadable` (once); default `console.warn`. */
  onWarning?: (warning: RedisTokenStoreWarning) => void;
  /** A Redis command without an answer after this long counts as Redis unavailable; default 1 000. */
  operationTimeoutMs?: number;
  /** During an outage, Redis is tried again after this long; default 5 000. */
  retryUnavailableAfterMs?: number;
  /** Most tokens this process keeps beside Redis (served during outages, written back after); default 1 000. */
  localCacheMaxEntries?: number;
  /**
   * After Redis comes back from an outage (or the connection was re-established), this process takes no lease for
   * this long, so that tokens other processes obtained meanwhile are written back before anyone refreshes; default
   * 3 000 (above the longest reconnect delay of the client created from `url`, 2 s).
   */
  recoveryGraceMs?: number;
}

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

function positive(value: number | undefined, name: string, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new RedisTokenStoreConfigurationError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number`);
  }
  return value;
}

function requireKey(key: string): void {
  if (typeof key !== 'string' || key === '') {
    throw new RedisTokenStoreConfigurationError('store key must be a non-empty string');
  }
}

function ttlOf(ttlMs: number, fallbackMs: number): number {
  const ms = Number.isFinite(ttlMs) ? ttlMs : fallbackMs;
  return Math.max(1, Math.ceil(ms));
}

function urlPassword(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedisTokenStoreConfigurationError('url must be a redis:// or rediss:// URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new RedisTokenStoreConfigurationError('url must be a redis:// or rediss:// URL');
  }
  return parsed.password ? decodeURIComponent(parsed.password) : undefined;
}

function defaultWarning(warning: RedisTokenStoreWarning): void {
  console.warn(warning.error ? `${warning.message}: ${warning.error.message}` : warning.message);
}

/**
 * Creates a Redis-backed `TokenStore` for `createTokenManager({ store })`: one token per key shared by every
 * process; a lease per key (random holder value, renewed by its holder, released with an optional failure record
 * waiters read); compare-and-set writes where the newest token wins; writes Redis did not confirm are kept and
 * written back when it does. Redis errors never reach the caller: the store falls back to its in-process copy.
 */
export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  if (!options || (options.redis === undefined && options.url === undefined)) {
    throw new RedisTokenStoreConfigurationError('redis (an ioredis client) or url is required');
  }
  if (options.redis !== undefined && options.url !== undefined) {
    throw new RedisTokenStoreConfigurationError('give either redis or url, not both');
  }
  const keyPrefix = options.keyPrefix ?? redisTokenStoreDefaults.keyPrefix;
  if (typeof keyPrefix !== 'string') throw new RedisTokenStoreConfigurationError('keyPrefix must be a string');
  const operationTimeoutMs = positive(
    options.operationTimeoutMs,
    'operationTimeoutMs',
    redisTokenStoreDefaults.operationTimeoutMs,
  );
  const retryUnavailableAfterMs = positive(
    options.retryUnavailableAfterMs,
    'retryUnavailableAfterMs',
    redisTokenStoreDefaults.retryUnavailableAfterMs,
  );
  if (options.onWarning !== undefined && typeof options.onWarning !== 'function') {
    throw new RedisTokenStoreConfigurationError('onWarning must be a function');
  }
  const localCacheMaxEntries = Math.floor(
    positive(options.localCacheMaxEntries, 'localCacheMaxEntries', redisTokenStoreDefaults.localCacheMaxEntries),
  );
  const recoveryGraceMs = positive(options.recoveryGraceMs, 'recoveryGraceMs', redisTokenStoreDefaults.recoveryGraceMs, true);
  const codec = createTokenCodec(options.encryptionKey);
  const onWarning = options.onWarning ?? defaultWarning;

  let password: string | undefined;
  let client: Redis | Cluster;
  const ownsClient = options.url !== undefined;
  if (options.url !== undefined) {
    if (typeof options.url !== 'string') throw new RedisTokenStoreConfigurationError('url must be a string');
    password = urlPassword(options.url);
    client = new Redis(options.url, {
      lazyConnect: true,
      // fail fast: a command waits for at most one reconnection attempt, and never longer than operationTimeoutMs
      maxRetriesPerRequest: 1,
      commandTimeout: operationTimeoutMs,
      connectTimeout: Math.max(operationTimeoutMs, 2_000),
      retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    });
    // connection errors surface as failed commands (and one redis_unavailable warning), not as 'error' events
    client.on('error', () => undefined);
  } else {
    const given = options.redis;
    if (!given || typeof given !== 'object' || typeof given.get !== 'function') {
      throw new RedisTokenStoreConfigurationError('redis must be an ioredis Redis or Cluster client');
    }
    client = given;
  }

  function warn(warning: RedisTokenStoreWarning): void {
    try {
      onWarning(warning);
    } catch {
      // a throwing listener must not fail the request
    }
  }
  let unreadableWarned = false;
  let rejectedWarned = false;

  const local = createLocalTokenStore(localCacheMaxEntries);
  /** Until then no lease is granted: tokens obtained during an outage are being written back (see recoveryGraceMs). */
  let recoveringUntil = 0;
  /** Leases released while their key's token was not yet in Redis: kept (and renewed) until it is. */
  const deferredReleases = new Map<string, { lockKey: string; holder: string; ttlMs: number; failure: string }>();
  let writeBackTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const availability = createRedisAvailability({
    client,
    operationTimeoutMs,
    retryUnavailableAfterMs,
    secrets: [password],
    onUnavailable(error) {
      warn({
        code: 'redis_unavailable',
        message: `[@ccaas/token-store-redis] Redis is unavailable; tokens are kept in this process (no cross-process sharing) until it answers again, retried every ${retryUnavailableAfterMs} ms`,
        error,
      });
    },
    onRecovered: recovered,
    onRejected(error) {
      if (rejectedWarned) return;
      rejectedWarned = true;
      warn({
        code: 'write_rejected',
        message: '[@ccaas/token-store-redis] Redis rejected a write (e.g. out of memory); the token is kept in this process and written back when Redis accepts writes again',
        error,
      });
    },
  });

  // A reconnection may follow a restart that lost every key: take back the leases this process holds, then write
  // back what it holds (newest wins), while it takes no new lease for recoveryGraceMs.
  let reconnecting = false;
  const onClose = () => {
    reconnecting = true;
  };
  const onReady = () => {
    if (!reconnecting) return;
    reconnecting = false;
    availability.retryNow();
    recovered();
  };
  client.on('close', onClose);
  client.on('ready', onReady);

  /** Leases this process holds (lock key -> holder), re-asserted after a reconnection. */
  const heldLeases = new Map<string, { holder: string; ttlMs: number }>();

  function recovered(): void {
    recoveringUntil = Date.now() + recoveryGraceMs;
    void reassertLeases().finally(() => scheduleWriteBack(0, true));
  }

  async function reassertLeases(): Promise<void> {
    for (const [redisLockKey, { holder, ttlMs }] of heldLeases) {
      await availability.run(() => evalScript(EXTEND_LOCK_SCRIPT, redisLockKey, holder, String(ttlMs)));
    }
  }

  /** Redis older than 7 refuses the `allow-oom` flags line: from the first such answer on, scripts run without it. */
  let flagsUnsupported = false;
  async function evalScript(script: string, redisKey: string, ...args: string[]): Promise<unknown> {
    if (!flagsUnsupported) {
      try {
        return await client.eval(withAllowOom(script), 1, redisKey, ...args);
      } catch (error) {
        if (!isShebangUnsupported(error)) throw error;
        flagsUnsupported = true;
      }
    }
    return client.eval(script, 1, redisKey, ...args);
  }

  const tombstoneTtlMs = redisTokenStoreDefaults.tombstoneTtlMs;
  const tokenKey = (key: string) => `${keyPrefix}token:${key}`;
  const lockKey = (key: string) => `${keyPrefix}lock:${key}`;
  const copy = (token: StoredToken): StoredToken => ({ ...token });
  const sameToken = (a: StoredToken, b: StoredToken) => a.accessToken === b.accessToken;
  /** How long a token read from Redis is kept here: while its refresh token may be useful, else its lifetime. */
  const readTtlMs = (token: StoredToken) =>
    token.refreshToken ? redisTokenStoreDefaults.mirrorRefreshTokenTtlMs : Math.max(1, token.expiresAt - Date.now());

  async function decode(key: string, raw: string): Promise<StoredToken | undefined> {
    const result = await codec.decode(raw, tokenKey(key));
    if (result.ok) return result.token;
    if (!unreadableWarned) {
      unreadableWarned = true;
      warn({
        code: 'token_unreadable',
        message: `[@ccaas/token-store-redis] a stored token could not be read (${result.reason}); it is treated as missing and replaced by the next refresh`,
      });
    }
    return undefined;
  }

  /**
   * Compare-and-set of `token` (refreshed from `expected`), newest wins; resolves the token Redis holds afterwards.
   * When Redis does not confirm the write, the token is kept here as a pending write-back.
   */
  async function writeToken(key: string, token: StoredToken, expected: StoredToken | undefined, ttlMs: number): Promise<StoredToken> {
    const redisKey = tokenKey(key);
    const ttl = ttlOf(ttlMs, token.expiresAt - Date.now());
    const [raw, id, expectedId] = await Promise.all([
      codec.encode(token, redisKey),
      tokenFingerprint(token.accessToken),
      expected ? tokenFingerprint(expected.accessToken) : Promise.resolve(''),
    ]);
    const outcome = await availability.run(() =>
      evalScript(WRITE_TOKEN_SCRIPT, redisKey, raw, String(ttl), String(token.obtainedAt), id, expectedId),
    );
    if (!outcome.ok) {
      local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, pending: { expected, ttlMs: ttl } });
      scheduleWriteBack();
      return copy(token);
    }
    rejectedWarned = false;
    if (outcome.value === 1) {
      local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, raw, written: true });
      return copy(token);
    }
    if (outcome.value === 0) {
      // deleted (cleared, revoked) after this token's request was sent: the writer keeps it, Redis does not
      local.delete(key);
      return copy(token);
    }
    const keptRaw = String(outcome.value);
    const kept = await decode(key, keptRaw);
    if (!kept) {
      local.delete(key);
      return copy(token);
    }
    local.set(key, { token: kept, expiresAt: Date.now() + readTtlMs(kept), raw: keptRaw });
    return copy(kept);
  }

  async function releaseLock(redisLockKey: string, holder: string, failure: string): Promise<void> {
    heldLeases.delete(redisLockKey);
    await availability.run(() =>
      evalScript(RELEASE_LOCK_SCRIPT, redisLockKey, holder, failure, String(redisTokenStoreDefaults.failureRecordTtlMs)),
    );
  }

  /**
   * Writes back what Redis has not confirmed (or, after a recovery, every token kept here: Redis may have lost
   * them), then releases the leases that waited for it. Runs again every `writeBackIntervalMs` while anything is
   * pending; never keeps the process alive.
   */
  let writingBack = false;
  async function writeBack(all: boolean): Promise<void> {
    if (writingBack || closed) return;
    writingBack = true;
    try {
      for (const [key, entry] of local.entries()) {
        // only what this process wrote: a token it merely read may have been deleted by its writer since
        if (!entry.pending && !(all && entry.written)) continue;
        await writeToken(key, entry.token, entry.pending?.expected, entry.pending?.ttlMs ?? Math.max(1, entry.expiresAt - Date.now()));
        if (availability.degraded) break; // still down: the next round tries again
      }
      for (const [key, deferred] of deferredReleases) {
        if (local.get(key)?.pending) {
          await availability.run(() => evalScript(EXTEND_LOCK_SCRIPT, deferred.lockKey, deferred.holder, String(deferred.ttlMs)));
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
    if (closed) return;
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
        const outcome = await availability.run(() => evalScript(EXTEND_LOCK_SCRIPT, redisLockKey, holder, String(ttlOf(extendMs, ttlMs))));
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
    refreshLease,
    get mode() {
      return availability.degraded ? 'fallback' : 'redis';
    },
    redis: client,
    redisKeyFor(key) {
      return tokenKey(key);
    },
    stats() {
      const entries = local.entries();
      return {
        mirrored: entries.length,
        decoded: entries.filter(([, entry]: [string, MirrorEntry]) => entry.raw !== undefined).length,
        pendingWriteBacks: local.pendingCount,
      };
    },
    async get(key) {
      requireKey(key);
      const outcome = await availability.run(() => client.get(tokenKey(key)));
      const mine = local.get(key);
      if (!outcome.ok) return mine && copy(mine.token);
      const raw = outcome.value === null || isTombstone(outcome.value) ? null : outcome.value;
      if (mine?.pending && (raw === null || mine.raw !== raw)) {
        // our unconfirmed write stays the answer while Redis has nothing newer
        const stored = raw === null ? undefined : await decode(key, raw);
        if (!stored || sameToken(stored, mine.token) || stored.obtainedAt <= mine.token.obtainedAt) {
          scheduleWriteBack(0);
          return copy(mine.token);
        }
      }
      if (raw === null) {
        local.delete(key);
        return undefined;
      }
      if (mine?.raw === raw) return copy(mine.token);
      const token = await decode(key, raw);
      if (!token) {
        local.delete(key);
        return undefined;
      }
      local.set(key, { token, expiresAt: Date.now() + readTtlMs(token), raw });
      return copy(token);
    },
    async set(key, token, ttlMs) {
      requireKey(key);
      const redisKey = tokenKey(key);
      const ttl = ttlOf(ttlMs, token.expiresAt - Date.now());
      const raw = await codec.encode(token, redisKey);
      const outcome = await availability.run(() => client.set(redisKey, raw, 'PX', ttl));
      if (outcome.ok) local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, raw, written: true });
      else {
        local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, pending: { expected: undefined, ttlMs: ttl } });
        scheduleWriteBack();
      }
    },
    async compareAndSet(key, expected, token, ttlMs) {
      requireKey(key);
      return writeToken(key, token, expected, ttlMs);
    },
    async delete(key) {
      requireKey(key);
      local.delete(key);
      await availability.run(() => evalScript(DELETE_TOKEN_SCRIPT, tokenKey(key), tombstoneRecord(Date.now()), String(tombstoneTtlMs), ''));
    },
    async compareAndDelete(key, expected) {
      requireKey(key);
      const mine = local.get(key);
      if (mine && sameToken(mine.token, expected)) local.delete(key);
      const id = await tokenFingerprint(expected.accessToken);
      const outcome = await availability.run(() => evalScript(DELETE_TOKEN_SCRIPT, tokenKey(key), tombstoneRecord(Date.now()), String(tombstoneTtlMs), id));
      return outcome.ok && outcome.value === 1;
    },
    async tryLock(key, ttlMs) {
      requireKey(key);
      if (Date.now() < recoveringUntil) return undefined;
      const redisLockKey = lockKey(key);
      const ttl = ttlOf(ttlMs, 30_000);
      if (reconnecting) return local.tryLock(key, ttl);
      const holder = randomLockHolder();
      const outcome = await availability.run(() => evalScript(TRY_LOCK_SCRIPT, redisLockKey, holder, String(ttl)));
      if (!outcome.ok) return local.tryLock(key, ttl);
      if (outcome.value !== 1) return undefined;
      if (reconnecting || Date.now() < recoveringUntil) {
        // granted by a Redis that has just come back (ioredis announces `ready` a tick later): not yet ours to take
        await releaseLock(redisLockKey, holder, '');
        return undefined;
      }
      return lease(key, redisLockKey, holder, ttl);
    },
    async lockState(key) {
      requireKey(key);
      if (Date.now() < recoveringUntil) return { held: true };
      const outcome = await availability.run(() => client.get(lockKey(key)));
      if (!outcome.ok || outcome.value === null) return { held: false };
      if (!outcome.value.startsWith('{')) return { held: true };
      try {
        const failure = (JSON.parse(outcome.value) as { failed?: TokenStoreLockState['failure'] }).failed;
        return failure && typeof failure.code === 'string' && typeof failure.at === 'number' ? { held: false, failure } : { held: false };
      } catch {
        return { held: false };
      }
    },
    async close() {
      closed = true;
      clearTimeout(writeBackTimer);
      client.off('ready', onReady);
      client.off('close', onClose);
      if (!ownsClient) return;
      const own = client as Redis;
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
    },
  };
}
