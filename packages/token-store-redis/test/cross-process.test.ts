import type { StoredToken } from '@ccaas/auth-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisTokenStore } from '../src/index.js';
import { skipRedisTests, startRedisServer, type RedisServerHandle } from '@ccaas/test-support';
import { delayedToken, sendToken, startTokenEndpoint, type TokenEndpoint } from '@ccaas/test-support';
import { bundleWorker, spawnWorkers, stopWorkers, type Worker } from './worker-pool.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function merge(counts: Array<Record<string, number>>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const count of counts) for (const [token, n] of Object.entries(count)) total[token] = (total[token] ?? 0) + n;
  return total;
}

describe.skipIf(skipRedisTests)('token managers in separate Node processes sharing one Redis store', () => {
  let redis: RedisServerHandle;
  let endpoint: TokenEndpoint;
  let bundle: { path: string; cleanup(): void };
  let workers: Worker[] = [];
  let run = 0;
  const workerEnv = (overrides: Record<string, string> = {}) => ({
    REDIS_URL: redis.url,
    TOKEN_URL: endpoint.url,
    KEY_PREFIX: `cross-process-${++run}:`,
    LOCK_TTL_MS: '5000',
    ...overrides,
  });

  beforeAll(async () => {
    [redis, endpoint, bundle] = await Promise.all([startRedisServer(), startTokenEndpoint(), bundleWorker()]);
  });
  afterEach(async () => {
    await stopWorkers(workers);
    workers = [];
    endpoint.requests.length = 0;
  });
  afterAll(async () => {
    await stopWorkers(workers);
    await endpoint?.close();
    await redis?.stop();
    bundle?.cleanup();
  });

  it('8 processes x 200 concurrent getToken() at token expiry cause exactly 1 token request', async () => {
    const env = workerEnv();
    workers = await spawnWorkers(bundle.path, 8, env);
    endpoint.respondWith(delayedToken(300));

    // a token every process adopts from Redis, valid for 10 minutes: warming up never races its refresh window (the
    // last minute), however loaded the machine
    const seeder = createRedisTokenStore({ url: redis.url, keyPrefix: env.KEY_PREFIX });
    const now = Date.now();
    const lifetimeMs = 600_000;
    const seeded: StoredToken = { accessToken: 'seeded', tokenType: 'Bearer', obtainedAt: now, expiresAt: now + lifetimeMs };
    await seeder.set(workers[0]!.storeKey, seeded, lifetimeMs);
    const warm = await Promise.all(workers.map((worker) => worker.request({ type: 'warm' }, 'warm')));
    expect(warm.map((reply) => reply.token)).toEqual(Array(8).fill('seeded'));
    expect(endpoint.requests).toHaveLength(0);

    // the token expires: every process's clock moves past its expiry at once, and Redis drops the key as its TTL would
    const pastExpiryMs = seeded.expiresAt + 50 - Date.now();
    await Promise.all(workers.map((worker) => worker.request({ type: 'advanceClock', ms: pastExpiryMs }, 'advanceClock')));
    await seeder.redis.del(seeder.redisKeyFor(workers[0]!.storeKey));
    await seeder.close();
    const bursts = await Promise.all(workers.map((worker) => worker.request({ type: 'burst', count: 200 }, 'burst')));

    const tokenRequests = endpoint.requests.length;
    console.log(`[token-store-redis] 8 processes x 200 concurrent getToken() at expiry -> ${tokenRequests} token request(s)`);
    expect(tokenRequests).toBe(1);
    expect(bursts.flatMap((reply) => reply.failures)).toEqual([]);
    expect(merge(bursts.map((reply) => reply.tokens))).toEqual({ 'tok-1': 1_600 });
  });

  it('a refresher killed mid-refresh: another process refreshes once the lock TTL has passed', async () => {
    const lockTtlMs = 1_500;
    workers = await spawnWorkers(bundle.path, 4, workerEnv({ LOCK_TTL_MS: String(lockTtlMs) }));
    const killed: number[] = [];
    endpoint.respondWith((request, res) => {
      if (request.n === 1) {
        // the first refresher dies with its request in flight and its lock still held in Redis
        killed.push(request.pid);
        process.kill(request.pid, 'SIGKILL');
        res.destroy();
        return;
      }
      setTimeout(() => sendToken(res, `tok-${request.n}`, 3_600), 50);
    });

    const bursts = await Promise.allSettled(
      workers.map((worker) => worker.request({ type: 'burst', count: 50 }, 'burst', 15_000)),
    );

    expect(endpoint.requests).toHaveLength(2);
    const [first, second] = endpoint.requests as [(typeof endpoint.requests)[0], (typeof endpoint.requests)[0]];
    expect(killed).toEqual([first.pid]);
    expect(second.pid).not.toBe(first.pid);
    // the lock was set a little before request 1 arrived, hence the slack
    expect(second.at - first.at).toBeGreaterThanOrEqual(lockTtlMs * 0.8);
    const victim = workers.find((worker) => worker.pid === first.pid)!;
    expect((await victim.exited()).signal).toBe('SIGKILL');

    const survivors = bursts.filter((result, i) => workers[i]!.pid !== first.pid);
    expect(survivors).toHaveLength(3);
    const replies = survivors.map((result) => {
      expect(result.status).toBe('fulfilled');
      return (result as PromiseFulfilledResult<{ tokens: Record<string, number>; failures: string[] }>).value;
    });
    expect(replies.flatMap((reply) => reply.failures)).toEqual([]);
    expect(merge(replies.map((reply) => reply.tokens))).toEqual({ 'tok-2': 150 });
    console.log(
      `[token-store-redis] refresher killed mid-refresh -> ${endpoint.requests.length} token requests, the 2nd ${second.at - first.at} ms after the 1st (lock TTL ${lockTtlMs} ms)`,
    );
  });

  it('Redis stopped mid-run: every request still succeeds and each process warns once', async () => {
    const own = await startRedisServer();
    try {
      workers = await spawnWorkers(bundle.path, 4, { ...workerEnv(), REDIS_URL: own.url });
      // 1 s tokens, so processes keep refreshing during the outage
      endpoint.respondWith(delayedToken(20, 1));
      const loops = Promise.all(
        workers.map((worker) =>
          worker.request({ type: 'loop', rounds: 25, concurrency: 20, intervalMs: 100 }, 'loop', 20_000),
        ),
      );
      await sleep(800);
      const requestsBeforeOutage = endpoint.requests.length;
      await own.stop();
      const results = await loops;

      expect(results.flatMap((result) => result.failures)).toEqual([]);
      expect(results.map((result) => result.succeeded)).toEqual([500, 500, 500, 500]);
      expect(results.map((result) => result.warnings)).toEqual(Array(4).fill(['redis_unavailable']));
      expect(results.map((result) => result.mode)).toEqual(Array(4).fill('fallback'));
      expect(results.map((result) => result.storeErrors)).toEqual([0, 0, 0, 0]);
      expect(requestsBeforeOutage).toBeGreaterThanOrEqual(1);
      // after the outage each process refreshes on its own; still bounded by the token lifetime, not the request count
      expect(endpoint.requests.length).toBeLessThan(4 * 10);
      console.log(
        `[token-store-redis] Redis stopped mid-run -> 2000/2000 requests succeeded, ${requestsBeforeOutage} token request(s) before the outage, ${endpoint.requests.length} in total`,
      );
    } finally {
      await own.stop();
    }
  });
});
