import { authMiddleware, type RateLimitObservation } from '@ccaas/auth-core';
import { Redis } from 'ioredis';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, skipRedisTests, startRedisServer } from '@ccaas/test-support';
import { useRedisServer } from '../test/use-redis-server.js';
import { createRedisRateBudget, type RedisRateBudget } from './create-redis-rate-budget.js';
import { createRedisTokenStore } from './create-redis-token-store.js';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import type { RedisTokenStoreWarning } from './redis-token-store-warning.js';

const BUCKET = 'ccaas:auth:client_credentials:client-1:';
const window = (count: number, limit = 10, resetMs = 60_000): RateLimitObservation => ({ limit, count, resetMs });

describe('createRedisRateBudget options', () => {
  it('needs a token store or an ioredis client, not both', () => {
    expect(() => createRedisRateBudget({})).toThrow(RedisTokenStoreConfigurationError);
    expect(() => createRedisRateBudget({})).toThrow('store (a RedisTokenStore) or redis (an ioredis client) is required');
    const redis = new Redis({ lazyConnect: true });
    const store = createRedisTokenStore({ redis });
    expect(() => createRedisRateBudget({ store, redis })).toThrow('either store or redis');
    expect(() => createRedisRateBudget({ redis: {} as Redis })).toThrow('ioredis Redis or Cluster client');
    expect(() => createRedisRateBudget({ redis, burstFraction: 2 })).toThrow('burstFraction between 0 and 1');
    expect(() => createRedisRateBudget({ redis, operationTimeoutMs: 0 })).toThrow('operationTimeoutMs must be a positive finite number');
    redis.disconnect();
  });
});

describe('createRedisRateBudget when Redis cannot be reached', () => {
  it('answers undefined (each process paces on its own) with one warning, never rejects', async () => {
    const port = await freePort(); // nothing listens here
    const warnings: RedisTokenStoreWarning[] = [];
    const store = createRedisTokenStore({ url: `redis://:s3cret-pass@127.0.0.1:${port}`, operationTimeoutMs: 300, onWarning: () => undefined });
    const budget = createRedisRateBudget({ store, operationTimeoutMs: 300, onWarning: (warning) => warnings.push(warning) });
    try {
      await expect(budget.observe(BUCKET, window(1), 0)).resolves.toBeUndefined();
      await expect(budget.take(BUCKET, 0)).resolves.toBeUndefined();
      await expect(budget.take(BUCKET, 0)).resolves.toBeUndefined();
      expect(budget.mode).toBe('fallback');
      expect(warnings.map((warning) => warning.code)).toEqual(['redis_unavailable']);
      expect(warnings[0]?.message).toContain('paced by each process on its own');
      expect(JSON.stringify(warnings.map((w) => ({ ...w, error: w.error?.message })))).not.toContain('s3cret-pass');
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(skipRedisTests)('createRedisRateBudget against a real redis-server', () => {
  const redisForTests = useRedisServer();
  const { track } = redisForTests;
  /** A budget on its own connection (its own token store), as in another process. */
  const open = (options: Partial<Parameters<typeof createRedisRateBudget>[0]> = {}): RedisRateBudget => {
    const store = track(createRedisTokenStore({ url: redisForTests.server.url, onWarning: () => undefined }));
    return createRedisRateBudget({ store, onWarning: () => undefined, ...options });
  };

  it('knows nothing of a bucket until a response was observed (take answers undefined: pace locally)', async () => {
    expect(await open().take(BUCKET, 0)).toBeUndefined();
  });

  it('two budgets on two connections share one window: their sends add up to the one allowance', async () => {
    const settings = { burstFraction: 1, windowEdgeMs: 0 }; // no spreading: the cap alone decides
    const [a, b] = [open(settings), open(settings)];
    await a.observe(BUCKET, window(6), 0);
    await b.observe(BUCKET, window(1), 0); // the count dropped: a new window, phase known, 1 of 10 used
    const granted = { a: 0, b: 0 };
    for (let round = 0; round < 5; round += 1) {
      for (const [name, budget] of [['a', a], ['b', b]] as const) {
        if ((await budget.take(BUCKET, 0)) === 0) granted[name] += 1;
      }
    }
    expect(granted).toEqual({ a: 5, b: 4 }); // 9 sends left in the window, split between the processes
    const wait = await a.take(BUCKET, 0);
    expect(wait).toBeGreaterThan(50_000); // the window is spent: wait for it to end (60 s after it was seen)
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(await redisForTests.admin.hget(a.redisKeyFor(BUCKET), 'used')).toBe('10');
  });

  it('spaces the first window (phase unknown) windowMs / limit apart across processes', async () => {
    const [a, b] = [open(), open()];
    await a.observe(BUCKET, window(0, 4), 0);
    expect(await a.take(BUCKET, 0)).toBe(0);
    const wait = await b.take(BUCKET, 0);
    expect(wait).toBeGreaterThan(10_000); // 60 s / 4 = 15 s after a's send
    expect(wait).toBeLessThanOrEqual(15_000);
  });

  it('a published allowance seeded by one process paces every process from its first send, and a second seed does not replace it', async () => {
    const [a, b] = [open(), open()];
    await a.seed!(BUCKET, { requests: 11, windowMs: 1_000 }, 0); // 10 per second paced (one step below), 100 ms apart
    await b.seed!(BUCKET, { requests: 1_000, windowMs: 1_000 }, 0);
    expect(await a.take(BUCKET, 0)).toBe(0);
    const wait = await b.take(BUCKET, 0);
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(100);
    expect(await redisForTests.admin.hmget(a.redisKeyFor(BUCKET), 'allowance', 'limit', 'learned')).toEqual(['11', '10', '1']);
  });

  it('a published allowance does not replace a shared window that headers describe', async () => {
    const budget = open();
    await budget.observe(BUCKET, window(1, 4), 0);
    await budget.seed!(BUCKET, { requests: 1_000, windowMs: 1_000 }, 0);
    expect(await redisForTests.admin.hmget(budget.redisKeyFor(BUCKET), 'allowance', 'limit', 'learned')).toEqual(['0', '4', '0']);
  });

  it('learns the allowance from 429s when the server sends no rate-limit headers: the sends every process got through', async () => {
    const [a, b] = [open(), open()];
    // no headers ever: Redis counts the sends it is asked about, the processes still decide (undefined)
    for (let i = 0; i < 60; i += 1) expect(await a.take(BUCKET, 0)).toBeUndefined();
    for (let i = 0; i < 55; i += 1) expect(await b.take(BUCKET, 0)).toBeUndefined();
    // the window is spent: 15 of those sends were answered 429 (Retry-After 1 s), reported by both processes
    for (let i = 0; i < 8; i += 1) await a.rateLimited!(BUCKET, 1_000);
    for (let i = 0; i < 7; i += 1) await b.rateLimited!(BUCKET, 1_000);
    const key = a.redisKeyFor(BUCKET);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ pending: '1', sent: '115', rejected: '15', learned: '0' });
    // once the spent window has reopened: allowance 100 (115 sends, 15 of them 429), paced at 97 per 1 s for both
    await redisForTests.admin.hset(key, 'spentUntil', '1'); // as if the second had passed (Redis TIME is not faked)
    expect(await a.take(BUCKET, 0)).toBe(0);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ learned: '1', allowance: '100', limit: '97', windowMs: '1000' });
    // the next send of any process is 1000 / 97 ms after a's (read from the hash: a busy machine may take longer than
    // that between two calls, so b's own answer is 0 to 11 ms)
    const paced = await redisForTests.admin.hgetall(key);
    expect(Number(paced.next) - Number(paced.adaptedAt)).toBeCloseTo(1000 / 97, 2); // Lua keeps 14 digits of an epoch-ms float
    const wait = await b.take(BUCKET, 0);
    expect(wait).toBeGreaterThanOrEqual(0);
    expect(wait).toBeLessThanOrEqual(11);
  });

  it('a later 429 lowers the learned allowance; headers, once they come, replace it', async () => {
    const budget = open();
    const key = budget.redisKeyFor(BUCKET);
    for (let i = 0; i < 105; i += 1) await budget.take(BUCKET, 0);
    for (let i = 0; i < 5; i += 1) await budget.rateLimited!(BUCKET, 1_000);
    await redisForTests.admin.hset(key, 'spentUntil', '1');
    expect(await budget.take(BUCKET, 0)).toBe(0);
    expect(await redisForTests.admin.hget(key, 'allowance')).toBe('100');
    // many windows later (many sends), a 429: the count spans windows, so the step lowers the allowance (100 -> 97)
    await redisForTests.admin.hset(key, 'sent', '3000', 'next', '0');
    await budget.rateLimited!(BUCKET, 1_000);
    await redisForTests.admin.hset(key, 'spentUntil', '1');
    expect(await budget.take(BUCKET, 0)).toBe(0);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ allowance: '97', limit: '94' });
    // a 429 that Redis learns nothing from: Retry-After over a minute (a quota)
    await budget.rateLimited!(BUCKET, 3_600_000);
    expect(await redisForTests.admin.hget(key, 'pending')).toBe('0');
    await budget.observe(BUCKET, window(1, 300, 60_000), 0);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ learned: '0', allowance: '0', limit: '300' });
    await budget.rateLimited!(BUCKET, 1_000); // headers describe the window now: a 429 without them is an endpoint's
    expect(await redisForTests.admin.hget(key, 'pending')).toBe('0');
  });

  it('a first count that took in the previous window\'s sends is set right by the next spent window, without the sends other processes got through after its first 429', async () => {
    const [a, b] = [open(), open()];
    const key = a.redisKeyFor(BUCKET);
    // the first count holds 50 sends of the window before the spent one: 150 got through, then 50 were answered 429
    for (let i = 0; i < 200; i += 1) await (i % 2 ? b : a).take(BUCKET, 0);
    for (let i = 0; i < 50; i += 1) await a.rateLimited!(BUCKET, 1_000);
    await redisForTests.admin.hset(key, 'spentUntil', '1'); // as if the second had passed (Redis TIME is not faked)
    expect(await a.take(BUCKET, 0)).toBe(0);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ allowance: '150', limit: '145', sent: '201' });
    // paced at 145: the next window lets 100 through (the settling send and 99 more), then a's send is answered 429
    await redisForTests.admin.hset(key, 'sent', '300');
    await a.rateLimited!(BUCKET, 1_000);
    // b had not seen a 429 yet: of its 30 sends after a's, 3 were answered 429 and 27 went into the next window
    await redisForTests.admin.hset(key, 'sent', '330');
    for (let i = 0; i < 3; i += 1) await b.rateLimited!(BUCKET, 1_000);
    await redisForTests.admin.hset(key, 'spentUntil', '1');
    expect(await b.take(BUCKET, 0)).toBe(0);
    // the spent window counted 100: not 126 (the 27 sends of the next window) nor 145 (one step below 150)
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ allowance: '100', limit: '97' });
  });

  it('a late 429 report of a send granted before the spent window reopened (another process\'s, delayed) opens no new cycle', async () => {
    const [a, b] = [open(), open()];
    const key = a.redisKeyFor(BUCKET);
    const redisNow = async () => {
      const [seconds, micros] = await redisForTests.admin.time();
      return Number(seconds) * 1_000 + Math.floor(Number(micros) / 1_000);
    };
    for (let i = 0; i < 110; i += 1) await a.take(BUCKET, 0);
    for (let i = 0; i < 10; i += 1) await a.rateLimited!(BUCKET, 1_000, 0);
    await redisForTests.admin.hset(key, 'spentUntil', '1');
    await a.take(BUCKET, 0);
    // the next cycle: the settling send and 97 more, 4 answered 429; the spent window reopened a moment ago
    await redisForTests.admin.hincrby(key, 'sent', 97);
    for (let i = 0; i < 4; i += 1) await a.rateLimited!(BUCKET, 1_000, 0);
    await redisForTests.admin.hset(key, 'spentUntil', String((await redisNow()) - 1), 'next', '0');
    expect(await a.take(BUCKET, 0)).toBe(0);
    const settled = await redisForTests.admin.hgetall(key);
    expect(settled).toMatchObject({ allowance: '94', limit: '91', pending: '0' }); // 101 sends, 4 of them 429 (97), less 3 %
    // 15 paced sends, then b reports a 429 of a send it was granted 10 s ago (before the reopening): no new cycle
    await redisForTests.admin.hincrby(key, 'sent', 15);
    await b.rateLimited!(BUCKET, 1_000, 10_000);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ pending: '0', spentUntil: settled.spentUntil, rejected: settled.rejected });
    // the next second: 97 sends, no 429: the allowance stays
    await redisForTests.admin.hincrby(key, 'sent', 97);
    await redisForTests.admin.hset(key, 'spentUntil', '1', 'next', '0');
    expect(await a.take(BUCKET, 0)).toBe(0);
    expect(await redisForTests.admin.hgetall(key)).toMatchObject({ allowance: '94', limit: '91' });
    // a 429 of a send granted after the reopening (or of unknown age) opens the next cycle as before
    await b.rateLimited!(BUCKET, 1_000, 0);
    expect(await redisForTests.admin.hget(key, 'pending')).toBe('1');
  });

  it('keeps one hash per bucket under keyPrefix, expiring a few windows after its last change', async () => {
    const budget = open({ keyPrefix: 'tenant-a:rates:' });
    await budget.observe(BUCKET, window(1, 300, 60_000), 2);
    expect(await redisForTests.admin.keys('*')).toEqual([`tenant-a:rates:${BUCKET}`]);
    expect(await redisForTests.admin.hgetall(`tenant-a:rates:${BUCKET}`)).toMatchObject({ limit: '300', windowMs: '60000', used: '3', phaseKnown: '0' });
    const ttl = await redisForTests.admin.pttl(`tenant-a:rates:${BUCKET}`);
    expect(ttl).toBeGreaterThan(170_000);
    expect(ttl).toBeLessThanOrEqual(180_000);
  });

  it('shares the token store\'s connection instead of opening another', async () => {
    const store = track(createRedisTokenStore({ url: redisForTests.server.url, onWarning: () => undefined }));
    await store.get('warm-up'); // connects
    const connections = async () => String(await redisForTests.admin.call('CLIENT', 'LIST')).trim().split('\n').length;
    const before = await connections();
    const budget = createRedisRateBudget({ store });
    await budget.observe(BUCKET, window(1), 0);
    expect(await budget.take(BUCKET, 0)).toBe(0);
    expect(await connections()).toBe(before);
    expect(budget.mode).toBe('redis');
  });

  it('falls back with one warning when Redis stops mid-run, and shares again once it is back', async () => {
    const own = await startRedisServer();
    const warnings: RedisTokenStoreWarning[] = [];
    const redis = new Redis(own.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', () => undefined);
    const budget = createRedisRateBudget({ redis, operationTimeoutMs: 300, retryUnavailableAfterMs: 100, onWarning: (w) => warnings.push(w) });
    try {
      await budget.observe(BUCKET, window(1), 0);
      expect(await budget.take(BUCKET, 0)).toBe(0);
      await own.stop();
      expect(await budget.take(BUCKET, 0)).toBeUndefined();
      expect(await budget.take(BUCKET, 0)).toBeUndefined();
      expect(budget.mode).toBe('fallback');
      expect(warnings.map((warning) => warning.code)).toEqual(['redis_unavailable']);
    } finally {
      redis.disconnect();
      await own.stop();
    }
  });

  describe('two authMiddleware clients (two processes) seeded with the published allowance, without rate-limit headers', () => {
    const perSecond = 10;
    let windows = new Map<number, number>();
    let tooMany = 0;
    // a platform without rate-limit headers (Genesys since 2021): perSecond per one-second window, then 429 + Retry-After
    const api = setupServer(
      http.get('https://api.test/api/v2/users', () => {
        const now = Date.now();
        const second = Math.floor(now / 1_000);
        const count = (windows.get(second) ?? 0) + 1;
        windows.set(second, count);
        if (count <= perSecond) return HttpResponse.json({ entities: [] });
        tooMany += 1;
        const retryAfter = String(Math.max(1, Math.ceil(((second + 1) * 1_000 - now) / 1_000)));
        return HttpResponse.json({ code: 'too.many.requests.retry.after', status: 429 }, { status: 429, headers: { 'Retry-After': retryAfter } });
      }),
    );
    beforeAll(() => api.listen({ onUnhandledRequest: 'error' }));
    afterEach(() => {
      windows = new Map();
      tooMany = 0;
    });
    afterAll(() => api.close());

    interface Paths {
      '/api/v2/users': { get: { responses: { 200: { content: { 'application/json': { entities: unknown[] } } } } } };
    }

    it('do not each spend the allowance alone: the shared window is seeded, so the two together stay within it', async () => {
      const processes = [open(), open()].map((budget) => {
        const client = createClient<Paths>({ baseUrl: 'https://api.test' });
        // as a platform client does: the allowance is known only once it has been read
        const initialAllowance = Promise.resolve({ requests: perSecond, windowMs: 1_000 });
        client.use(authMiddleware({ getToken: async () => 'token' }, { rateLimit: { budget, bucketKey: BUCKET, initialAllowance }, retry: { baseDelayMs: 5 } }));
        return client;
      });
      await new Promise((resolve) => setTimeout(resolve, 50)); // the allowances have been read
      const statuses = await Promise.all(
        processes.flatMap((client) => Array.from({ length: 15 }, () => client.GET('/api/v2/users').then(({ response }) => response.status))),
      );
      expect(statuses.every((status) => status === 200)).toBe(true);
      // each pacing alone would send about twice the allowance per second (some 10 429s); one late timer may cost one
      expect(tooMany).toBeLessThanOrEqual(1);
      expect(Math.max(...windows.values())).toBeLessThanOrEqual(perSecond + 1);
    });
  });

  describe('two authMiddleware clients (two processes) sharing one budget', () => {
    let count = 0;
    const api = setupServer(
      http.get('https://api.test/api/v2/users', () => {
        count += 1;
        const headers = { 'inin-ratelimit-allowed': '4', 'inin-ratelimit-count': String(count), 'inin-ratelimit-reset': '60' };
        return HttpResponse.json({ entities: [] }, { status: count > 4 ? 429 : 200, headers });
      }),
    );
    beforeAll(() => api.listen({ onUnhandledRequest: 'error' }));
    afterEach(() => {
      count = 0;
    });
    afterAll(() => api.close());

    interface Paths {
      '/api/v2/users': { get: { responses: { 200: { content: { 'application/json': { entities: unknown[] } } } } } };
    }
    const clientWith = (budget: RedisRateBudget) => {
      const client = createClient<Paths>({ baseUrl: 'https://api.test' });
      client.use(
        authMiddleware(
          { getToken: async () => 'token' },
          { rateLimit: { budget, bucketKey: BUCKET, burstFraction: 1, windowEdgeMs: 0 }, retry: { maxRetries: 0 } },
        ),
      );
      return client;
    };

    it('send no more than the one allowance left in the shared window; the rest wait for it', async () => {
      const settings = { burstFraction: 1, windowEdgeMs: 0 };
      const [a, b] = [open(settings), open(settings)];
      // what earlier answers told the processes: a new 60 s window of 4 began, 1 sent (the server counted it)
      await a.observe(BUCKET, window(3, 4), 0);
      await a.observe(BUCKET, window(1, 4), 0);
      count = 1;
      const controller = new AbortController();
      const clients = [clientWith(a), clientWith(b)];
      const calls = clients.flatMap((client) =>
        Array.from({ length: 3 }, () => client.GET('/api/v2/users', { signal: controller.signal }).then(({ response }) => response.status, (error: Error) => error.name)),
      );
      await vi.waitFor(() => expect(count).toBe(4), { timeout: 10_000, interval: 20 });
      // both processes asked Redis; the three sends left in the window went out, the other three wait for the window
      const waiting = [a, b].map((budget) => budget.take(BUCKET, 0));
      expect((await Promise.all(waiting)).every((ms) => ms !== undefined && ms > 50_000)).toBe(true);
      controller.abort(new DOMException('caller gave up', 'AbortError'));
      const outcomes = await Promise.all(calls);
      expect(outcomes.filter((outcome) => outcome === 200)).toHaveLength(3);
      expect(outcomes.filter((outcome) => outcome === 'AbortError')).toHaveLength(3);
      expect(count).toBe(4);
    });
  });
});
