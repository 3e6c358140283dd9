// Token managers in one test process, each with its own Redis store (its own connection): "processes" sharing one
// user's rotating refresh token through a real redis-server: a
// refresh token is spent once, a newer token is never replaced by an older one, a token Redis did not take is
// written back, and waiters learn a holder's failure at once.
import { clientCredentialsGrant, createTokenManager, refreshTokenGrant, type StoredToken, type TokenManagerOptions } from '@ccaas/auth-core';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTokenStore, type RedisTokenStore, type RedisTokenStoreOptions } from '../src/index.js';
import {
  createRotatingTokenAuthority,
  delayedToken,
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

function storedFrom(tokens: IssuedTokens, expiresInMs = tokens.expiresInSeconds * 1000): StoredToken {
  const now = Date.now();
  return { accessToken: tokens.accessToken, tokenType: 'bearer', refreshToken: tokens.refreshToken, obtainedAt: now - 1_000, expiresAt: now + expiresInMs };
}

/** Polls `read` every 100 ms, at most 50 times, until it returns `expected`; returns the last value read. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 50 && value !== expected; attempt++) {
    await sleep(100);
    value = await read();
  }
  return value;
}

describe.skipIf(skipRedisTests)('token managers sharing a rotating refresh token through Redis', () => {
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
    await admin.call('ACL', 'SETUSER', 'default', '+@all');
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    admin?.disconnect();
    await endpoint?.close();
    await server?.stop();
  });

  it('the lease is renewed while its holder refreshes, so a second process never sends the same refresh token', async () => {
    const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
    endpoint.respondWith(rotatingTokens(authority, 1_500));
    const login = authority.login();
    const [a, b] = [open(), open()];
    await a.set(KEY, storedFrom(login, -1), 60_000);
    const [holder, waiter] = [manager(a, { lockTtlMs: 400 }), manager(b, { lockTtlMs: 400 })];
    const first = holder.getToken();
    await sleep(100);
    const second = waiter.getToken();
    const [fromHolder, fromWaiter] = await Promise.all([first, second]);
    expect(fromWaiter).toBe(fromHolder);
    expect(endpoint.requests).toHaveLength(1);
    expect(authority.reuses).toBe(0);
  });

  it('invalid_grant deletes the stored token only while the store still holds the rejected one', async () => {
    const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
    const stale = authority.login();
    const newer = authority.login();
    authority.revoke(stale.refreshToken);
    const [store, other] = [open(), open()];
    const answer = rotatingTokens(authority, 100);
    // while this process's refresh is on the wire, another process stores a newer token
    endpoint.respondWith((request, res) => void other.set(KEY, storedFrom(newer), 60_000).then(() => answer(request, res)));
    await store.set(KEY, storedFrom(stale, -1), 60_000);
    expect(await manager(store).getToken()).toBe(newer.accessToken);
    expect((await open().get(KEY))?.accessToken).toBe(newer.accessToken);
  });

  it('compare-and-set writes never replace a newer token with an older one', async () => {
    const store = open();
    const now = Date.now();
    const token = (accessToken: string, obtainedAt: number): StoredToken => ({ accessToken, tokenType: 'bearer', obtainedAt, expiresAt: obtainedAt + 60_000 });
    const newer = token('newer', now);
    await store.set(KEY, newer, 60_000);
    const kept = await store.compareAndSet!(KEY, token('what-the-late-writer-read', now - 5_000), token('older', now - 1_000), 60_000);
    expect(kept.accessToken).toBe('newer');
    expect((await open().get(KEY))?.accessToken).toBe('newer');
    // a token refreshed from the one the store holds is written, even when its writer's clock is behind
    const next = await store.compareAndSet!(KEY, newer, token('next', now - 10_000), 60_000);
    expect(next.accessToken).toBe('next');
    expect((await open().get(KEY))?.accessToken).toBe('next');
  });

  it('a token refreshed while Redis rejected the write is written back when Redis accepts writes again', async () => {
    const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
    endpoint.respondWith(rotatingTokens(authority, 600));
    const login = authority.login();
    const [a, b] = [open(), open()];
    await a.set(KEY, storedFrom(login, -1), 60_000);
    const pending = manager(a).getToken();
    await sleep(250); // the lease is held and the refresh is on the wire
    // every write is now rejected (the store's scripts run even at maxmemory, so a permission stands in for it)
    await admin.call('ACL', 'SETUSER', 'default', '-eval', '-evalsha', '-set');
    const refreshed = await pending;
    expect(refreshed).not.toBe(login.accessToken);
    expect((await b.get(KEY))?.accessToken).toBe(login.accessToken); // Redis still holds the stale copy
    await admin.call('ACL', 'SETUSER', 'default', '+@all');
    expect(await eventually(async () => (await b.get(KEY))?.accessToken, refreshed)).toBe(refreshed);
    expect(await manager(b).getToken()).toBe(refreshed);
    expect(authority.reuses).toBe(0);
  });

  it('a token obtained during a Redis outage is written back once Redis is back, newest wins', async () => {
    const own = await startRedisServer();
    let restarted: RedisServerHandle | undefined;
    try {
      endpoint.respondWith(delayedToken(0));
      const store = createRedisTokenStore({ url: own.url, operationTimeoutMs: 300, retryUnavailableAfterMs: 200, onWarning: () => undefined });
      stores.push(store);
      const tm = createTokenManager({
        grant: clientCredentialsGrant({ tokenEndpoint: endpoint.url, clientId: 'service', clientSecret: 'service-secret' }),
        store,
      });
      const before = await tm.getToken();
      await own.stop();
      const during = (await tm.refresh()).accessToken;
      expect(during).not.toBe(before);
      restarted = await startRedisServer(own.port); // an empty Redis: the restart lost the stored token
      const reader = createRedisTokenStore({ url: restarted.url, onWarning: () => undefined });
      stores.push(reader);
      expect(await eventually(async () => (await reader.get(tm.storeKey))?.accessToken, during)).toBe(during);
    } finally {
      await restarted?.stop();
      await own.stop();
    }
  });

  it('processes waiting for the lock move on at once when its holder fails', async () => {
    endpoint.respondWith((_request, res) => {
      setTimeout(() => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_scope' }));
      }, 300);
    });
    // a waiter that sat out the lock TTL would outlive this test's timeout many times over
    const options = { lockTtlMs: 120_000 };
    const grant = () => clientCredentialsGrant({ tokenEndpoint: endpoint.url, clientId: 'service', clientSecret: 'service-secret' });
    const holder = createTokenManager({ grant: grant(), store: open(), ...options, lockPollIntervalMs: 20 });
    const waiter = createTokenManager({ grant: grant(), store: open(), ...options, lockPollIntervalMs: 20 });
    const first = holder.getToken().catch((error: unknown) => error);
    await sleep(100);
    const second = waiter.getToken().catch((error: unknown) => error);
    expect(await first).toMatchObject({ code: 'invalid_scope' });
    expect(await second).toMatchObject({ code: 'invalid_scope' });
    expect(endpoint.requests).toHaveLength(1);
  });
});
