// The token store and the rate budget against a real local Redis Cluster (3 masters, no replicas): every script
// touches one key, so each runs on the node that owns its slot, and token managers in "processes" (each with its own
// Cluster connection) share one token, one refresh and one rate window.
import { clientCredentialsGrant, createTokenManager, refreshTokenGrant, type StoredToken } from '@ccaas/auth-core';
import {
  createRotatingTokenAuthority,
  delayedToken,
  type RedisClusterHandle,
  rotatingTokens,
  skipRedisTests,
  startRedisCluster,
  startTokenEndpoint,
  type TokenEndpoint,
} from '@ccaas/test-support';
import { Cluster } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRateBudget, createRedisTokenStore, type RedisTokenStore } from '../src/index.js';

describe.skipIf(skipRedisTests)('a shared token and rate budget on a Redis Cluster', () => {
  let cluster: RedisClusterHandle;
  let endpoint: TokenEndpoint;
  const clients: Cluster[] = [];
  const stores: RedisTokenStore[] = [];
  /** A store on its own Cluster connection, as in another process. */
  const open = (): RedisTokenStore => {
    const client = new Cluster([...cluster.nodes], { redisOptions: { maxRetriesPerRequest: 1 } });
    clients.push(client);
    const store = createRedisTokenStore({ redis: client, onWarning: () => undefined });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    [cluster, endpoint] = await Promise.all([startRedisCluster(3), startTokenEndpoint()]);
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await Promise.all(clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())));
    endpoint.requests.length = 0;
  });
  afterAll(async () => {
    await endpoint?.close();
    await cluster?.stop();
  });

  it('keys of many users spread over the masters, and every process reads what another wrote', async () => {
    const [writer, reader] = [open(), open()];
    const now = Date.now();
    for (let i = 0; i < 30; i++) {
      const token: StoredToken = { accessToken: `access-${i}`, tokenType: 'Bearer', obtainedAt: now, expiresAt: now + 60_000 };
      await writer.compareAndSet(`user-${i}`, undefined, token, 60_000);
    }
    for (let i = 0; i < 30; i++) expect((await reader.get(`user-${i}`))?.accessToken).toBe(`access-${i}`);
    const owners = new Set<number>();
    for (let i = 0; i < 30; i++) {
      const slot = Number(await clients[0]!.cluster('KEYSLOT', writer.redisKeyFor(`user-${i}`)));
      owners.add(cluster.nodes.findIndex((_, index) => slotOwner(index, slot)));
    }
    expect(owners.size).toBe(3);
    expect(writer.mode).toBe('redis');
  });

  it('four processes refreshing one rotating refresh token at once send it once', async () => {
    const authority = createRotatingTokenAuthority({ expiresInSeconds: 3600 });
    endpoint.respondWith(rotatingTokens(authority, 300));
    const login = authority.login();
    const stores4 = [open(), open(), open(), open()];
    await stores4[0]!.set('user-1', { accessToken: login.accessToken, tokenType: 'bearer', refreshToken: login.refreshToken, obtainedAt: Date.now() - 1_000, expiresAt: Date.now() - 1 }, 60_000);
    const managers = stores4.map((store) =>
      createTokenManager({
        grant: refreshTokenGrant({ tokenEndpoint: endpoint.url, clientId: 'web', refreshToken: 'unused-initial' }),
        store,
        storeKey: 'user-1',
        lockPollIntervalMs: 20,
        tokenRequestRetries: 0,
      }),
    );
    const tokens = await Promise.all(managers.map((manager) => manager.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(endpoint.requests).toHaveLength(1);
    expect(authority.reuses).toBe(0);
  });

  it('a deleted token leaves a tombstone on its node: a late write does not bring it back', async () => {
    const [a, b] = [open(), open()];
    const requestedAt = Date.now() - 500;
    await b.delete('user-2');
    await a.compareAndSet('user-2', undefined, { accessToken: 'late', tokenType: 'bearer', obtainedAt: requestedAt, expiresAt: Date.now() + 60_000 }, 60_000);
    expect(await open().get('user-2')).toBeUndefined();
  });

  it('client-credentials managers in three processes share one token request', async () => {
    endpoint.respondWith(delayedToken(200));
    const grant = () => clientCredentialsGrant({ tokenEndpoint: endpoint.url, clientId: 'service', clientSecret: 'service-secret' });
    const managers = [open(), open(), open()].map((store) => createTokenManager({ grant: grant(), store, lockPollIntervalMs: 20 }));
    const tokens = await Promise.all(managers.map((manager) => manager.getToken()));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(endpoint.requests).toHaveLength(1);
  });

  it('two rate budgets on two Cluster connections share one window', async () => {
    const [a, b] = [open(), open()].map((store) => createRedisRateBudget({ store, burstFraction: 1, windowEdgeMs: 0, onWarning: () => undefined }));
    const bucket = 'ccaas:auth:client_credentials:client-1:';
    await a!.observe(bucket, { limit: 10, count: 6, resetMs: 60_000 }, 0);
    await b!.observe(bucket, { limit: 10, count: 1, resetMs: 60_000 }, 0);
    let granted = 0;
    for (let round = 0; round < 6; round++) {
      for (const budget of [a!, b!]) if ((await budget.take(bucket, 0)) === 0) granted += 1;
    }
    expect(granted).toBe(9); // 9 sends left in the window, however the processes split them
    expect(a!.mode).toBe('redis');
  });

  /** Whether node `index` serves `slot` (CLUSTER SLOTS from the first client). */
  let slotTable: Array<{ from: number; to: number; port: number }> | undefined;
  function slotOwner(index: number, slot: number): boolean {
    const port = cluster.nodes[index]!.port;
    return (slotTable ?? []).some((range) => range.port === port && slot >= range.from && slot <= range.to);
  }
  beforeAll(async () => {
    const probe = new Cluster([...cluster.nodes]);
    try {
      const slots = await probe.cluster('SLOTS');
      slotTable = slots.map(([from, to, owner]) => ({ from, to, port: owner![1] }));
    } finally {
      probe.disconnect();
    }
  });
});
