/**
 * What every part of the Redis token store shares: the validated options, the ioredis client, the availability
 * breaker, the in-process mirror, the script runner, and the store's mutable state as one typed value.
 */
import { Redis, type Cluster } from 'ioredis';
import { redisTokenStoreDefaults } from './defaults.js';
import { createLocalTokenStore, type LocalTokenStore } from './local-token-store.js';
import { createRedisAvailability, type RedisAvailability } from './redis-availability.js';
import { isShebangUnsupported, withAllowOom } from './redis-scripts.js';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import type { RedisTokenStoreWarning } from './redis-token-store-warning.js';
import { createTokenCodec, type EncryptionKeyInput, type TokenCodec } from './token-codec.js';

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

/** The store's mutable state. */
export interface RedisStoreState {
  /** Until then no lease is granted: tokens obtained during an outage are being written back (see recoveryGraceMs). */
  recoveringUntil: number;
  /** The connection closed and has not been ready again since. */
  reconnecting: boolean;
  closed: boolean;
  /** One `token_unreadable` warning per store. */
  unreadableWarned: boolean;
  /** One `write_rejected` warning per episode of rejected writes. */
  rejectedWarned: boolean;
}

export interface RedisStoreContext {
  readonly client: Redis | Cluster;
  readonly ownsClient: boolean;
  readonly availability: RedisAvailability;
  readonly local: LocalTokenStore;
  readonly codec: TokenCodec;
  readonly state: RedisStoreState;
  readonly recoveryGraceMs: number;
  tokenKey(key: string): string;
  lockKey(key: string): string;
  /** Runs a one-key script (with `allow-oom` where Redis supports it). */
  evalScript(script: string, redisKey: string, ...args: string[]): Promise<unknown>;
  warn(warning: RedisTokenStoreWarning): void;
}

function positive(value: number | undefined, name: string, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new RedisTokenStoreConfigurationError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number`);
  }
  return value;
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

/** The client the store talks to: its own fail-fast one made from `url`, or the one passed in. */
function connect(options: RedisTokenStoreOptions, operationTimeoutMs: number): { client: Redis | Cluster; password?: string } {
  if (options.url === undefined) {
    const given = options.redis;
    if (!given || typeof given !== 'object' || typeof given.get !== 'function') {
      throw new RedisTokenStoreConfigurationError('redis must be an ioredis Redis or Cluster client');
    }
    return { client: given };
  }
  if (typeof options.url !== 'string') throw new RedisTokenStoreConfigurationError('url must be a string');
  const password = urlPassword(options.url);
  const client = new Redis(options.url, {
    lazyConnect: true,
    // fail fast: a command waits for at most one reconnection attempt, and never longer than operationTimeoutMs
    maxRetriesPerRequest: 1,
    commandTimeout: operationTimeoutMs,
    connectTimeout: Math.max(operationTimeoutMs, 2_000),
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  // connection errors surface as failed commands (and one redis_unavailable warning), not as 'error' events
  client.on('error', () => undefined);
  return { client, ...(password === undefined ? {} : { password }) };
}

/**
 * Validates the options and assembles the shared parts. `onRecovered` runs when Redis answers again after an outage
 * (the write-back's recovery, which is assembled after the context).
 */
export function createRedisStoreContext(options: RedisTokenStoreOptions, onRecovered: () => void): RedisStoreContext {
  if (!options || (options.redis === undefined && options.url === undefined)) {
    throw new RedisTokenStoreConfigurationError('redis (an ioredis client) or url is required');
  }
  if (options.redis !== undefined && options.url !== undefined) {
    throw new RedisTokenStoreConfigurationError('give either redis or url, not both');
  }
  const keyPrefix = options.keyPrefix ?? redisTokenStoreDefaults.keyPrefix;
  if (typeof keyPrefix !== 'string') throw new RedisTokenStoreConfigurationError('keyPrefix must be a string');
  const operationTimeoutMs = positive(options.operationTimeoutMs, 'operationTimeoutMs', redisTokenStoreDefaults.operationTimeoutMs);
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
  const { client, password } = connect(options, operationTimeoutMs);
  const state: RedisStoreState = { recoveringUntil: 0, reconnecting: false, closed: false, unreadableWarned: false, rejectedWarned: false };

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
    onRecovered,
    onRejected(error) {
      if (state.rejectedWarned) return;
      state.rejectedWarned = true;
      warn({
        code: 'write_rejected',
        message: '[@ccaas/token-store-redis] Redis rejected a write (e.g. a read-only replica); the token is kept in this process and written back when Redis accepts writes again',
        error,
      });
    },
  });

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

  return {
    client,
    ownsClient: options.url !== undefined,
    availability,
    local: createLocalTokenStore(localCacheMaxEntries),
    codec,
    state,
    recoveryGraceMs,
    tokenKey: (key) => `${keyPrefix}token:${key}`,
    lockKey: (key) => `${keyPrefix}lock:${key}`,
    evalScript,
    warn,
  };
}

export function requireKey(key: string): void {
  if (typeof key !== 'string' || key === '') {
    throw new RedisTokenStoreConfigurationError('store key must be a non-empty string');
  }
}

export function ttlOf(ttlMs: number, fallbackMs: number): number {
  const ms = Number.isFinite(ttlMs) ? ttlMs : fallbackMs;
  return Math.max(1, Math.ceil(ms));
}
