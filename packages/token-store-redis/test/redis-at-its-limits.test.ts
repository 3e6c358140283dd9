// Faults of a shared token at Redis's limits: writes rejected (OOM, a read-only replica), commands that do not
// answer in time, reconnections that write back what another process deleted, and writes landing after a delete.
// Token managers in one test process, each with its own store (its own connection), stand in for processes.
import { createTokenManager, refreshTokenGrant, type StoredToken, type TokenManagerOptions } from '@ccaas/auth-core';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTokenStore, type RedisTokenStore, type RedisTokenStoreOptions } from '../src/index.js';
import {
  createRotatingTokenAuthority,
  type IssuedTokens,
  type RedisServerHandle,
  rotatingTokens,
  skipRedisTests,
  startRedisServer,
  startTokenEndpoint,
  type TokenEndpoint,
} from '@ccaas/test-support';

const KEY = 'user-1';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function storedFrom(tokens: IssuedTokens, expiresInMs = tokens.expiresInSeconds * 1000, obtainedAt = Date.now() - 1_000): StoredToken {
  return { accessToken: tokens.accessToken, tokenType: 'bearer', refreshToken: tokens.refreshToken, obtainedAt, expiresAt: Date.now() + expiresInMs };
}

/**
 * `pending` once `bound` ms passed without an answer. The bound is far above what an answer takes on a busy machine
 * (the 15 s the lease waits for the store to come back, plus a token request) and far below the wait the fault caused
 * (the lease wait, 120 s and more).
 */
async function answeredWithin<T>(promise: Promise<T>, bound = 60_000): Promise<T | 'pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<'pending'>((resolve) => (timer = setTimeout(() => resolve('pending'), bound)));
  try {
    return await Promise.race([promise, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

describe.skipIf(skipRedisTests)('a shared token at Redis’s limits', () => {
  let server: RedisServerHandle;
  let admin: Redis;
  let endpoint: TokenEndpoint;
  const stores: RedisTokenStore[] = [];
  const open = (options: Partial<RedisTokenStoreOptions> = {}) => {
    const store = createRedisTokenStore({ url: server.url, onWarning: () => undefined, ...options });
    stores.push(store);
    return store;
  };
  const manager = (store: RedisTokenStore, options: Partial<TokenManagerOptions> = {}) =>
    createTokenManager({
      grant: refreshTokenGrant({ tokenEndpoint: endpoint.url, clientId: 'web', refreshToken: 'initial-refresh-token' }),
      store,
      storeKey: KEY,
      lockPollIntervalMs: 20,
      tokenRequestRetries: 0,
      ...options,
    });

  beforeAll(async () => {
    [server, endpoint] = await Promise.all([startRedisServer(), startTokenEndpoint()]);
    admin = new Redis(server.url);
  });
  beforeEach(async () => {
    await admin.flushall();
    endpoint.requests.length = 0;
  });
  afterEach(async () => {
    await admin.call('CLIENT', 'UNPAUSE');
    await admin.config('SET', 'maxmemory', '0');
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    admin?.disconnect();
    await endpoint?.close();
    await server?.stop();
  });

  it('Redis rejects writes (maxmemory reached, noeviction) while a refresh is due: the call is answered and one token request is made', async () => {
    const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
    endpoint.respondWith(rotatingTokens(authority));
    const login = authority.login();
    const [a, b] = [open(), open()];
    await a.set(KEY, storedFrom(login, -1), 60_000);
    await admin.config('SET', 'maxmemory-policy', 'noeviction');
    await admin.config('SET', 'maxmemory', '1'); // every write is now rejected with -OOM
    const [first, second] = [manager(a, { lockTtlMs: 60_000 }), manager(b, { lockTtlMs: 60_000 })];
    const answers = await answeredWithin(Promise.all([first.getToken(), second.getToken()]));
    expect(answers).not.toBe('pending');
    const [fromA, fromB] = answers as [string, string];
    expect(authority.isValid(fromA)).toBe(true);
    expect(authority.isValid(fromB)).toBe(true);
    expect(authority.reuses).toBe(0);
  });

  it('a read-only replica after a failover rejects writes while a refresh is due: the call is answered with a warning, not left waiting', async () => {
    const master = await startRedisServer();
    try {
      const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
      endpoint.respondWith(rotatingTokens(authority));
      const store = open();
      const tm = manager(store, { lockTtlMs: 60_000 });
      const warnings: string[] = [];
      tm.on('warning', (event) => warnings.push(event.code));
      await store.set(KEY, storedFrom(authority.login()), 60_000);
      await tm.getToken();
      await tm.expire();
      await admin.replicaof('127.0.0.1', master.port); // this node is a replica now: every write gets -READONLY
      const answer = await answeredWithin(tm.getToken());
      expect(answer).not.toBe('pending');
      expect(authority.isValid(answer)).toBe(true);
      expect(warnings).toContain('store_unavailable');
    } finally {
      await admin.replicaof('NO', 'ONE');
      await master.stop();
    }
  });

  it('Redis answers writes too slowly while a refresh is due: each command is cut at operationTimeoutMs and the call is answered', async () => {
    const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
    endpoint.respondWith(rotatingTokens(authority));
    const store = open({ operationTimeoutMs: 300 });
    const tm = manager(store, { lockTtlMs: 60_000 });
    await store.set(KEY, storedFrom(authority.login()), 60_000);
    await tm.getToken();
    await tm.expire();
    await admin.call('CLIENT', 'PAUSE', '60000', 'WRITE'); // writes (and writing scripts) wait; reads still answer
    const answer = await answeredWithin(tm.getToken());
    expect(answer).not.toBe('pending');
    expect(authority.isValid(answer as string)).toBe(true);
  });

  it('a deleted shared token does not come back when a process that only read it reconnects', async () => {
    const [writer, reader] = [open(), open()];
    await writer.set(KEY, storedFrom(createRotatingTokenAuthority({ expiresInSeconds: 3600 }).login()), 60_000);
    expect(await reader.get(KEY)).toBeDefined();
    await writer.delete(KEY); // another process clears or revokes it
    (reader.redis as Redis).disconnect(true); // a blip: ioredis reconnects at once
    for (let attempt = 0; attempt < 50 && (reader.redis as Redis).status !== 'ready'; attempt++) await sleep(100);
    expect((reader.redis as Redis).status).toBe('ready');
    // the write-back after a reconnection runs right away; give it ten chances to show up
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await open().get(KEY)).toBeUndefined();
      await sleep(100);
    }
  });

  it('a token deleted by another process does not come back when the process that wrote it reconnects and writes back', async () => {
    const [writer, deleter] = [open(), open()];
    const login = createRotatingTokenAuthority({ expiresInSeconds: 3600 }).login();
    await writer.compareAndSet(KEY, undefined, storedFrom(login), 60_000);
    await deleter.delete(KEY);
    (writer.redis as Redis).disconnect(true);
    for (let attempt = 0; attempt < 50 && (writer.redis as Redis).status !== 'ready'; attempt++) await sleep(100);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await open().get(KEY)).toBeUndefined();
      await sleep(100);
    }
  });

  it('a refresh result that lands after clear() deleted the shared token does not stay', async () => {
    const [refresher, clearer] = [open(), open()];
    const login = createRotatingTokenAuthority({ expiresInSeconds: 3600 }).login();
    const refreshStartedAt = Date.now() - 500; // the refresh was sent before the delete
    await clearer.delete(KEY);
    const kept = await refresher.compareAndSet(KEY, undefined, storedFrom(login, 3_600_000, refreshStartedAt), 60_000);
    expect(kept.accessToken).toBe(login.accessToken); // the writer still learns its own token
    expect(await open().get(KEY)).toBeUndefined();
    // a token obtained after the delete (a new login) is stored as usual
    const next = await refresher.compareAndSet(KEY, undefined, storedFrom(login, 3_600_000, Date.now() + 1), 60_000);
    expect((await open().get(KEY))?.accessToken).toBe(next.accessToken);
  });
});
