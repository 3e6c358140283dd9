import { readFileSync } from 'node:fs';
import type { StoredToken } from '@ccaas/auth-core';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { freePort, skipRedisTests, startRedisServer, type RedisServerHandle } from '@ccaas/test-support';
import { useRedisServer } from '../test/use-redis-server.js';
import { createRedisTokenStore } from './create-redis-token-store.js';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import type { RedisTokenStoreWarning } from './redis-token-store-warning.js';

const KEY = 'ccaas:auth:client_credentials:client-1:';

function token(accessToken: string, lifetimeMs = 60_000): StoredToken {
  const now = Date.now();
  return { accessToken, tokenType: 'Bearer', obtainedAt: now, expiresAt: now + lifetimeMs };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createRedisTokenStore options', () => {
  it('rejects a store without redis or url', () => {
    expect(() => createRedisTokenStore({})).toThrow(RedisTokenStoreConfigurationError);
    expect(() => createRedisTokenStore({})).toThrow('[@ccaas/token-store-redis] redis (an ioredis client) or url is required');
  });

  it('rejects a non-redis URL without echoing it (it may hold a password)', () => {
    const attempt = () => createRedisTokenStore({ url: 'http://user:hunter2@example.test/' });
    expect(attempt).toThrow('url must be a redis:// or rediss:// URL');
    try {
      attempt();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('hunter2');
    }
  });

  it('rejects both redis and url, bad timeouts and encryption keys of the wrong size', () => {
    const redis = new Redis({ lazyConnect: true });
    expect(() => createRedisTokenStore({ redis, url: 'redis://127.0.0.1:1' })).toThrow('either redis or url');
    expect(() => createRedisTokenStore({ url: 'redis://127.0.0.1:1', operationTimeoutMs: 0 })).toThrow(
      'operationTimeoutMs must be a positive finite number',
    );
    expect(() => createRedisTokenStore({ url: 'redis://127.0.0.1:1', encryptionKey: new Uint8Array(10) })).toThrow(
      'encryptionKey must be 16, 24 or 32 bytes',
    );
    redis.disconnect();
  });
});

describe('packaging', () => {
  it('ioredis is a peer dependency (the app and the store share one copy and its types), and a dev dependency for the tests', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(manifest.dependencies?.ioredis).toBeUndefined();
    expect(manifest.peerDependencies?.ioredis).toMatch(/^\^5/);
    expect(manifest.devDependencies?.ioredis).toBeDefined();
  });
});

describe('createRedisTokenStore when Redis cannot be reached', () => {
  it('serves get/set/lock from the process with one warning and never rejects', async () => {
    const port = await freePort(); // nothing listens here
    const warnings: RedisTokenStoreWarning[] = [];
    const store = createRedisTokenStore({
      url: `redis://:s3cret-pass@127.0.0.1:${port}`,
      operationTimeoutMs: 300,
      onWarning: (warning) => warnings.push(warning),
    });
    try {
      expect(await store.get(KEY)).toBeUndefined();
      await store.set(KEY, token('local-token'), 60_000);
      expect((await store.get(KEY))?.accessToken).toBe('local-token');
      const lock = await store.tryLock(KEY, 5_000);
      expect(lock).toBeDefined();
      expect(await store.tryLock(KEY, 5_000)).toBeUndefined();
      await lock!.release();
      expect(await store.tryLock(KEY, 5_000)).toBeDefined();
      await store.delete(KEY);
      expect(await store.get(KEY)).toBeUndefined();
      expect(store.mode).toBe('fallback');
      expect(warnings.map((warning) => warning.code)).toEqual(['redis_unavailable']);
      const serialized = JSON.stringify(warnings.map((w) => ({ ...w, error: w.error?.message })));
      expect(serialized).not.toContain('s3cret-pass');
      expect(serialized).not.toContain('local-token');
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(skipRedisTests)('createRedisTokenStore against a real redis-server', () => {
  const redis = useRedisServer();
  const open = (options: Partial<Parameters<typeof createRedisTokenStore>[0]> = {}) =>
    redis.track(createRedisTokenStore({ url: redis.server.url, onWarning: () => undefined, ...options }));

  it('shares a token between processes under the prefixed key with the TTL it was given', async () => {
    const writer = open();
    const reader = open();
    const stored = token('shared-token');
    await writer.set(KEY, stored, 45_000);
    expect(await reader.get(KEY)).toEqual(stored);
    expect(await redis.admin.keys('*')).toEqual([`ccaas:token-store:token:${KEY}`]);
    const ttl = await redis.admin.pttl(`ccaas:token-store:token:${KEY}`);
    expect(ttl).toBeGreaterThan(40_000);
    expect(ttl).toBeLessThanOrEqual(45_000);
    expect(writer.redisKeyFor(KEY)).toBe(`ccaas:token-store:token:${KEY}`);
  });

  it('drops the entry when its TTL (the token lifetime) has passed', async () => {
    const store = open();
    await store.set(KEY, token('short-lived', 150), 150);
    expect((await store.get(KEY))?.accessToken).toBe('short-lived');
    await sleep(300);
    expect(await open().get(KEY)).toBeUndefined();
    expect(await store.get(KEY)).toBeUndefined();
  });

  it('deletes the entry for every process (reauthentication failure)', async () => {
    const store = open();
    const other = open();
    await store.set(KEY, token('doomed'), 60_000);
    expect((await other.get(KEY))?.accessToken).toBe('doomed');
    await other.delete(KEY);
    expect(await store.get(KEY)).toBeUndefined();
    // what stays is a tombstone: when the token was deleted, and nothing of the token
    const left = await redis.admin.get(store.redisKeyFor(KEY));
    expect(JSON.parse(left!)).toEqual({ deleted: true, at: expect.any(Number) });
    expect(await open().get(KEY)).toBeUndefined();
  });

  it('keeps separate entries per key and honours keyPrefix', async () => {
    const store = open({ keyPrefix: 'tenant-a:' });
    await store.set('ccaas:auth:client_credentials:client-1:', token('one'), 60_000);
    await store.set('ccaas:auth:client_credentials:client-2:', token('two'), 60_000);
    expect((await store.get('ccaas:auth:client_credentials:client-2:'))?.accessToken).toBe('two');
    expect((await redis.admin.keys('*')).sort()).toEqual([
      'tenant-a:token:ccaas:auth:client_credentials:client-1:',
      'tenant-a:token:ccaas:auth:client_credentials:client-2:',
    ]);
  });

  it('grants the lock to one process at a time and frees it on release', async () => {
    const first = open();
    const second = open();
    const lock = await first.tryLock(KEY, 5_000);
    expect(lock).toBeDefined();
    expect(await second.tryLock(KEY, 5_000)).toBeUndefined();
    expect(await first.tryLock(KEY, 5_000)).toBeUndefined();
    const lockTtl = await redis.admin.pttl(`ccaas:token-store:lock:${KEY}`);
    expect(lockTtl).toBeGreaterThan(4_000);
    await lock!.release();
    expect(await redis.admin.exists(`ccaas:token-store:lock:${KEY}`)).toBe(0);
    const next = await second.tryLock(KEY, 5_000);
    expect(next).toBeDefined();
    await next!.release();
  });

  it('a holder whose lock expired cannot release the next holder’s lock (compare-and-delete)', async () => {
    const slow = open();
    const next = open();
    const expired = await slow.tryLock(KEY, 100);
    expect(expired).toBeDefined();
    await sleep(250);
    const current = await next.tryLock(KEY, 5_000);
    expect(current).toBeDefined();
    await expired!.release();
    expect(await redis.admin.exists(`ccaas:token-store:lock:${KEY}`)).toBe(1);
    expect(await slow.tryLock(KEY, 5_000)).toBeUndefined();
    await current!.release();
    expect(await redis.admin.exists(`ccaas:token-store:lock:${KEY}`)).toBe(0);
  });

  it('a crashed refresher’s lock expires after its TTL and another process gets it', async () => {
    const crashed = open();
    const survivor = open();
    expect(await crashed.tryLock(KEY, 60_000)).toBeDefined(); // never released
    expect(await survivor.tryLock(KEY, 5_000)).toBeUndefined();
    // the lease's TTL lives in Redis, so it ends without its holder. It is read there and then run out there rather
    // than slept through: with a short TTL a busy machine let it expire before the survivor's first try
    const lockKey = `ccaas:token-store:lock:${KEY}`;
    const ttl = await redis.admin.pttl(lockKey);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await redis.admin.pexpire(lockKey, 1);
    await sleep(5);
    const lock = await survivor.tryLock(KEY, 5_000);
    expect(lock).toBeDefined();
    await lock!.release();
  });

  it('encrypts entries at rest: Redis holds no token, and a process with the same key reads it', async () => {
    const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
    const writer = open({ encryptionKey: key });
    const reader = open({ encryptionKey: Buffer.from(key).toString('base64') });
    const stored = { ...token('at-rest-access-token'), refreshToken: 'at-rest-refresh-token', scope: 'read' };
    await writer.set(KEY, stored, 60_000);
    const raw = await redis.admin.get(writer.redisKeyFor(KEY));
    expect(raw).toContain('"enc":"AES-GCM"');
    expect(raw).not.toContain('at-rest-access-token');
    expect(raw).not.toContain('at-rest-refresh-token');
    expect(await reader.get(KEY)).toEqual(stored);
  });

  it('treats an entry it cannot decrypt as missing and warns once (rotated key, plaintext entry, moved entry)', async () => {
    const warnings: RedisTokenStoreWarning[] = [];
    const writer = open({ encryptionKey: new Uint8Array(32).fill(1) });
    const otherKey = open({ encryptionKey: new Uint8Array(32).fill(2), onWarning: (w) => warnings.push(w) });
    await writer.set(KEY, token('secret-access-token'), 60_000);
    expect(await otherKey.get(KEY)).toBeUndefined();
    expect(await otherKey.get(KEY)).toBeUndefined();
    expect(warnings.map((w) => w.code)).toEqual(['token_unreadable']);
    expect(JSON.stringify(warnings)).not.toContain('secret-access-token');

    await open().set('plain-key', token('plain-token'), 60_000);
    expect(await writer.get('plain-key')).toBeUndefined();

    const moved = await redis.admin.get(writer.redisKeyFor(KEY));
    await redis.admin.set(writer.redisKeyFor('another-key'), moved!);
    expect(await writer.get('another-key')).toBeUndefined();
    expect((await writer.get(KEY))?.accessToken).toBe('secret-access-token');
  });

  it('uses an ioredis client passed in and leaves it open on close', async () => {
    const client = new Redis(redis.server.url);
    try {
      const store = createRedisTokenStore({ redis: client });
      await store.set(KEY, token('given-client'), 60_000);
      await store.close();
      expect(client.status).toBe('ready');
      expect((await store.get(KEY))?.accessToken).toBe('given-client');
    } finally {
      client.disconnect();
    }
  });

  it('keeps serving requests when Redis stops mid-run and goes back to Redis when it returns', async () => {
    const own = await startRedisServer();
    const warnings: RedisTokenStoreWarning[] = [];
    const store = createRedisTokenStore({
      url: own.url,
      operationTimeoutMs: 300,
      retryUnavailableAfterMs: 200,
      onWarning: (w) => warnings.push(w),
    });
    let restarted: RedisServerHandle | undefined;
    try {
      await store.set(KEY, token('before-outage'), 60_000);
      expect(store.mode).toBe('redis');
      await own.stop();

      expect((await store.get(KEY))?.accessToken).toBe('before-outage');
      await store.set(KEY, token('during-outage'), 60_000);
      expect((await store.get(KEY))?.accessToken).toBe('during-outage');
      const lock = await store.tryLock(KEY, 5_000);
      expect(lock).toBeDefined();
      await lock!.release();
      expect(store.mode).toBe('fallback');
      expect(warnings.map((w) => w.code)).toEqual(['redis_unavailable']);

      restarted = await startRedisServer(own.port);
      // bounded: 50 x 100 ms for ioredis to reconnect and the retry window to pass
      for (let attempt = 0; attempt < 50 && store.mode !== 'redis'; attempt++) {
        await sleep(100);
        await store.get(KEY);
      }
      expect(store.mode).toBe('redis');
      // the restarted Redis lost every key: the store wrote back the token it obtained during the outage
      expect((await open({ url: restarted.url }).get(KEY))?.accessToken).toBe('during-outage');
      await store.set(KEY, token('after-outage'), 60_000);
      expect((await open({ url: restarted.url }).get(KEY))?.accessToken).toBe('after-outage');
      expect(warnings).toHaveLength(1);
    } finally {
      await store.close();
      await restarted?.stop();
      await own.stop();
    }
  });

  it('the decoded cache and the local mirror stay bounded and let go of expired entries', async () => {
    const store = open({ localCacheMaxEntries: 200 });
    const reader = open({ localCacheMaxEntries: 200 });
    for (let i = 0; i < 1_000; i++) await store.set(`user-${i}`, token(`long-${i}`), 60_000);
    for (let i = 0; i < 1_000; i++) await reader.get(`user-${i}`);
    expect(store.stats().mirrored).toBeLessThanOrEqual(200);
    expect(reader.stats().mirrored).toBeLessThanOrEqual(200);
    expect(reader.stats().decoded).toBeLessThanOrEqual(200);
    const small = open();
    for (let i = 0; i < 150; i++) await small.set(`short-${i}`, token(`short-${i}`, 100), 100);
    const lastWrite = Date.now();
    expect(small.stats().mirrored).toBeLessThanOrEqual(150);
    await sleep(Math.max(0, lastWrite + 250 - Date.now())); // every short entry has expired by now
    await small.set('one-more', token('one-more'), 60_000);
    expect(small.stats().mirrored).toBe(1);
  });
});
