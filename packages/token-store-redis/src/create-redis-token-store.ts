import type { StoredToken, TokenStore, TokenStoreLock } from '@ccaas/auth-core';
import { Redis, type Cluster } from 'ioredis';
import { redisTokenStoreDefaults } from './defaults.js';
import { createLocalTokenStore } from './local-token-store.js';
import { randomLockHolder } from './random-lock-holder.js';
import { createRedisAvailability } from './redis-availability.js';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import type { RedisTokenStoreWarning } from './redis-token-store-warning.js';
import { RELEASE_LOCK_SCRIPT } from './release-lock-script.js';
import { createTokenCodec, type EncryptionKeyInput } from './token-codec.js';

export interface RedisTokenStoreOptions {
  /** An ioredis `Redis` or `Cluster` you own (the store never closes it). Give this or `url`. */
  redis?: Redis | Cluster;
  /** `redis://` or `rediss://` URL: the store creates its own fail-fast ioredis client, closed by `close()`. */
  url?: string;
  /** Prefix of every Redis key; default `ccaas:token-store:`. */
  keyPrefix?: string;
  /** Encrypts entries at rest with AES-GCM (WebCrypto): a `CryptoKey`, or 16/24/32 bytes raw or base64. Default none. */
  encryptionKey?: EncryptionKeyInput;
  /** Receives `redis_unavailable` (once per outage) and `token_unreadable` (once per store); default `console.warn`. */
  onWarning?: (warning: RedisTokenStoreWarning) => void;
  /** A Redis command without an answer after this long counts as Redis unavailable; default 1 000. */
  operationTimeoutMs?: number;
  /** During an outage, Redis is tried again after this long; default 5 000. */
  retryUnavailableAfterMs?: number;
}

/** auth-core's `TokenStore` with the cross-process lock, plus lifecycle and diagnostics. */
export interface RedisTokenStore extends TokenStore {
  tryLock(key: string, ttlMs: number): Promise<TokenStoreLock | undefined>;
  /** `redis` while Redis answers; `fallback` from a failure until Redis answers again. */
  readonly mode: 'redis' | 'fallback';
  /** The Redis key holding the token stored under `key` (no secret in it: it is the prefix plus the manager's key). */
  redisKeyFor(key: string): string;
  /** The ioredis client the store uses (made from `url`, or the one passed as `redis`); `createRedisRateBudget({ store })` shares it. */
  readonly redis: Redis | Cluster;
  /** Closes the client the store created from `url`; a client passed as `redis` is left open. */
  close(): Promise<void>;
}

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RedisTokenStoreConfigurationError(`${name} must be a positive finite number`);
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
 * process, `tryLock` = `SET NX PX` with a random holder value released by a compare-and-delete script. Redis errors
 * never reach the caller: the store falls back to an in-process copy and warns once per outage.
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

  let unreadableWarned = false;
  function warn(warning: RedisTokenStoreWarning): void {
    try {
      onWarning(warning);
    } catch {
      // a throwing listener must not fail the request
    }
  }

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
  });
  const local = createLocalTokenStore();
  /** Last decoded entry per Redis key: a `get` that finds the same stored string does not parse or decrypt again. */
  const decoded = new Map<string, { raw: string; token: StoredToken }>();

  const tokenKey = (key: string) => `${keyPrefix}token:${key}`;
  const lockKey = (key: string) => `${keyPrefix}lock:${key}`;

  return {
    get mode() {
      return availability.degraded ? 'fallback' : 'redis';
    },
    redis: client,
    redisKeyFor(key) {
      return tokenKey(key);
    },
    async get(key) {
      requireKey(key);
      const redisKey = tokenKey(key);
      const outcome = await availability.run(() => client.get(redisKey));
      if (!outcome.ok) return local.get(key);
      const raw = outcome.value;
      if (raw === null) {
        decoded.delete(redisKey);
        return undefined;
      }
      const cached = decoded.get(redisKey);
      if (cached?.raw === raw) return { ...cached.token };
      const result = await codec.decode(raw, redisKey);
      if (!result.ok) {
        if (!unreadableWarned) {
          unreadableWarned = true;
          warn({
            code: 'token_unreadable',
            message: `[@ccaas/token-store-redis] a stored token could not be read (${result.reason}); it is treated as missing and replaced by the next refresh`,
          });
        }
        return undefined;
      }
      decoded.set(redisKey, { raw, token: result.token });
      return { ...result.token };
    },
    async set(key, token, ttlMs) {
      requireKey(key);
      const redisKey = tokenKey(key);
      const ttl = ttlOf(ttlMs, token.expiresAt - Date.now());
      local.set(key, token, ttl);
      const raw = await codec.encode(token, redisKey);
      const outcome = await availability.run(() => client.set(redisKey, raw, 'PX', ttl));
      if (outcome.ok) decoded.set(redisKey, { raw, token: { ...token } });
    },
    async delete(key) {
      requireKey(key);
      const redisKey = tokenKey(key);
      local.delete(key);
      decoded.delete(redisKey);
      await availability.run(() => client.del(redisKey));
    },
    async tryLock(key, ttlMs) {
      requireKey(key);
      const redisKey = lockKey(key);
      const ttl = ttlOf(ttlMs, 30_000);
      const holder = randomLockHolder();
      const outcome = await availability.run(() => client.set(redisKey, holder, 'PX', ttl, 'NX'));
      if (!outcome.ok) return local.tryLock(key, ttl);
      if (outcome.value !== 'OK') return undefined;
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          // if Redis is down now, the lock simply expires after its TTL
          await availability.run(() => client.eval(RELEASE_LOCK_SCRIPT, 1, redisKey, holder));
        },
      };
    },
    async close() {
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
