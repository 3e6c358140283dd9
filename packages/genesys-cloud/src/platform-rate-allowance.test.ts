import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AttemptEvent } from '@ccaas/auth-core';
import { createGenesysCloudClient, type GenesysCloudClientOptions } from './create-genesys-cloud-client.js';
import { usersApi } from './generated/users.js';
import { allowanceFromOrgLimits } from './platform-rate-allowance.js';

const api = 'https://api.mypurecloud.ie';
const login = 'https://login.mypurecloud.ie';
const limitsUrl = `${api}/api/v2/organizations/limits/namespaces/platform.api`;
const perSecond = 10;
/** Sends per fixed one-second window of the wall clock, and the 429s beyond `perSecond` in one. */
let windows = new Map<number, number>();
let tooMany = 0;
let limitsReads = 0;

const server = setupServer(
  http.post(`${login}/oauth/token`, () => HttpResponse.json({ access_token: 'token-1', token_type: 'bearer', expires_in: 86400 })),
  // a platform without rate-limit headers (Genesys since 2021): perSecond per one-second window, then 429 + Retry-After
  http.get(`${api}/api/v2/users/me`, () => {
    const second = Math.floor(Date.now() / 1000);
    const count = (windows.get(second) ?? 0) + 1;
    windows.set(second, count);
    if (count > perSecond) {
      tooMany += 1;
      return HttpResponse.json({ message: 'Rate limit exceeded the maximum', code: 'too.many.requests.retry.after', status: 429 }, { status: 429, headers: { 'Retry-After': '1' } });
    }
    return HttpResponse.json({ id: 'u-1', name: 'Ada' });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  windows = new Map();
  tooMany = 0;
  limitsReads = 0;
});
afterAll(() => server.close());

const publishes = (response: () => Response) =>
  server.use(http.get(limitsUrl, () => ((limitsReads += 1), response())));
const publishedLimit = (value: number) =>
  HttpResponse.json({ entities: [{ key: 'client.credentials.token.rate.per.minute', namespace: 'platform.api', value }, { key: 'request.bytes.max', namespace: 'platform.api', value: 512000 }] });

function create(options: Partial<GenesysCloudClientOptions> = {}) {
  return createGenesysCloudClient({ region: 'eu-west-1', clientId: 'client-1', clientSecret: 'secret-1', retry: { baseDelayMs: 5 }, ...options });
}

/** `total` GETs, `concurrency` in flight; every one must succeed. */
async function burst(client: ReturnType<typeof create>, total: number, concurrency: number) {
  const users = usersApi(client);
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      const { data } = await users.GET('/api/v2/users/me');
      expect(data?.id).toBe('u-1');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

describe('allowanceFromOrgLimits', () => {
  it('paces a per-minute rate over the shortest window that keeps it exact: 300/min is 5 per second', () => {
    const listing = (value: number) => ({ entities: [{ key: 'client.credentials.token.rate.per.minute', namespace: 'platform.api', value }] });
    expect(allowanceFromOrgLimits(listing(300), 'client-credentials')).toEqual({ requests: 5, windowMs: 1_000 });
    expect(allowanceFromOrgLimits(listing(250), 'client-credentials')).toEqual({ requests: 25, windowMs: 6_000 });
    expect(allowanceFromOrgLimits(listing(7), 'client-credentials')).toEqual({ requests: 7, windowMs: 60_000 });
  });

  it("reads the user token's limit for a user grant, and nothing from a listing without a usable per-token rate", () => {
    const listing = { entities: [{ key: 'token.rate.per.minute', namespace: 'platform.api', value: 600 }] };
    expect(allowanceFromOrgLimits(listing, 'user')).toEqual({ requests: 10, windowMs: 1_000 });
    expect(allowanceFromOrgLimits(listing, 'client-credentials')).toBeUndefined();
    expect(allowanceFromOrgLimits({ entities: [{ key: 'token.rate.per.minute', value: 0 }] }, 'user')).toBeUndefined();
    expect(allowanceFromOrgLimits({}, 'user')).toBeUndefined();
    expect(allowanceFromOrgLimits(undefined, 'user')).toBeUndefined();
  });
});

describe('a Genesys client seeds its pacing from the org published limits', () => {
  it("a client-credentials client paces from the org's published limit: 0 429s on the first window", async () => {
    publishes(() => publishedLimit(perSecond * 60));
    await burst(create(), 3 * perSecond, perSecond);
    expect(limitsReads).toBe(1);
    expect(tooMany).toBe(0);
  });

  const forbidden = () =>
    HttpResponse.json({ message: 'You are missing the following permission(s)', code: 'missing.permissions', status: 403 }, { status: 403 });

  it("a client that cannot read the org's limits falls back to learning from 429s", async () => {
    publishes(forbidden);
    await burst(create(), 3 * perSecond, perSecond);
    expect(limitsReads).toBe(1); // read once, not again on every call
    // learning: the first window's burst is answered 429 and retried, every call succeeds (burst checks each)
    expect(tooMany).toBeGreaterThan(0);
  });

  it('403 on the limits endpoint does not surface to the caller: it is reported to onAttempt like any send, and no error reaches the call', async () => {
    publishes(forbidden);
    const attempts: AttemptEvent[] = [];
    const users = usersApi(create({ onAttempt: (event) => attempts.push(event), throwOnError: true }));
    for (let call = 0; call < 3; call += 1) expect((await users.GET('/api/v2/users/me')).data?.id).toBe('u-1');
    await vi.waitFor(() => expect(attempts.some((event) => event.kind === 'request' && event.url === limitsUrl && event.status === 403)).toBe(true));
  });

  it('a limits listing without a usable per-token rate (none, zero, not a number) leaves the client learning, never failing a call', async () => {
    for (const entities of [[], [{ key: 'client.credentials.token.rate.per.minute', value: 0 }], [{ key: 'client.credentials.token.rate.per.minute', value: 'lots' }]]) {
      publishes(() => HttpResponse.json({ entities }));
      await burst(create(), 2 * perSecond, perSecond);
    }
    expect(limitsReads).toBe(3);
  });

  it('falls back to learning when the limits endpoint answers 404 or cannot be reached, never failing the call', async () => {
    for (const answer of [() => HttpResponse.json({ code: 'not.found', status: 404, message: 'not found' }, { status: 404 }), () => HttpResponse.error()]) {
      publishes(answer);
      const { data } = await usersApi(create({ retry: { baseDelayMs: 5, maxRetries: 1 } })).GET('/api/v2/users/me');
      expect(data?.id).toBe('u-1');
    }
  });

  it('seedRateLimitFromPlatform: false, rateLimit: false or an own initialAllowance: the limits are not read', async () => {
    publishes(() => publishedLimit(perSecond * 60));
    for (const options of [{ seedRateLimitFromPlatform: false }, { rateLimit: false as const }, { rateLimit: { initialAllowance: { requests: 5, windowMs: 1_000 } } }]) {
      const { data } = await usersApi(create(options)).GET('/api/v2/users/me');
      expect(data?.id).toBe('u-1');
    }
    expect(limitsReads).toBe(0);
  });

  it('seedRateLimitFromPlatform that is not a boolean is a ConfigurationError naming it', () => {
    expect(() => create({ seedRateLimitFromPlatform: 'no' as unknown as boolean })).toThrow(/seedRateLimitFromPlatform/);
  });
});
