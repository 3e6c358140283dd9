import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTokenEndpointMock } from '@ccaas/test-support';
import {
  authorizationCodeGrant,
  clientCredentialsGrant,
  ConfigurationError,
  createMemoryTokenStore,
  createTokenManager,
  passwordGrant,
  ReauthenticationRequiredError,
  refreshTokenGrant,
  TokenRequestError,
  type StoredToken,
  type TokenManagerEvents,
  type TokenManagerOptions,
  type TokenStore,
  type TokenStoreLock,
} from './index.js';
// a store with tryLock carries the lease protocol; store implementations get it from the internal entry
import { refreshLease } from './platform.js';

const endpoint = createTokenEndpointMock({ expiresIn: 3600 });
const server = setupServer(endpoint.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
  endpoint.reset();
});
afterAll(() => server.close());

/** Lets background work (a refresh in flight against the msw endpoint) finish under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(10);

const grant = () => clientCredentialsGrant({ tokenEndpoint: endpoint.url, clientId: 'client', clientSecret: 'client-secret' });
const manager = (options: Partial<TokenManagerOptions> = {}) => createTokenManager({ grant: grant(), ...options });

function events(tm: ReturnType<typeof manager>) {
  const seen: Array<{ name: keyof TokenManagerEvents; event: unknown }> = [];
  for (const name of ['tokenRefreshed', 'refreshFailed', 'retry', 'rateLimited', 'storeError'] as const) {
    tm.on(name, (event) => seen.push({ name, event }));
  }
  return seen;
}

describe('token lifetime', () => {
  it('expired token at request time: a new token is fetched before the token is returned', async () => {
    const tm = manager();
    const seen = events(tm);
    expect(await tm.getToken()).toBe('access-1');
    vi.advanceTimersByTime(3600_000);
    expect(await tm.getToken()).toBe('access-2');
    expect(endpoint.calls).toHaveLength(2);
    expect(seen.map((entry) => (entry.event as { reason: string }).reason)).toEqual(['initial', 'expired']);
  });

  it('refreshes proactively within the default skew: min(5 min, 10% of the lifetime), in the background', async () => {
    const tm = manager();
    const first = await tm.getTokenSet();
    expect(first.expiresAt - first.obtainedAt).toBe(3600_000);
    vi.advanceTimersByTime(3600_000 - 300_000 - 1);
    expect(await tm.getToken()).toBe('access-1');
    expect(endpoint.calls).toHaveLength(1);
    vi.advanceTimersByTime(2);
    expect(await tm.getToken()).toBe('access-1'); // still valid: served while the refresh runs
    await settle();
    expect(endpoint.calls).toHaveLength(2);
    expect(await tm.getToken()).toBe('access-2');

    endpoint.respondWith(() => endpoint.defaultResponse({ expires_in: 60 }));
    const short = await tm.refresh();
    vi.advanceTimersByTime(60_000 - 6_000 - 1); // 10% of 60 s = 6 s
    expect(await tm.getToken()).toBe(short.accessToken);
    await settle();
    expect(endpoint.calls).toHaveLength(3);
    vi.advanceTimersByTime(2);
    expect(await tm.getToken()).toBe(short.accessToken);
    await settle();
    expect(await tm.getToken()).not.toBe(short.accessToken);
  });

  it('uses an explicit refreshSkewMs, capped at half of the lifetime', async () => {
    const tm = manager({ refreshSkewMs: 60_000 });
    await tm.getToken();
    vi.advanceTimersByTime(3600_000 - 60_001);
    expect(await tm.getToken()).toBe('access-1');
    await settle();
    expect(endpoint.calls).toHaveLength(1);
    vi.advanceTimersByTime(2);
    await tm.getToken();
    await settle();
    expect(await tm.getToken()).toBe('access-2');
    const capped = manager({ refreshSkewMs: 10 * 3600_000 });
    await capped.getToken();
    vi.advanceTimersByTime(1800_000 - 1);
    expect(await capped.getToken()).toBe('access-3');
    await settle();
    expect(endpoint.calls).toHaveLength(3);
  });

  it('clock skew: server says expires_in 60 and the client clock jumps forward an hour -> refresh on next use', async () => {
    endpoint.respondWith(() => endpoint.defaultResponse({ expires_in: 60 }));
    let now = Date.parse('2030-01-01T00:00:00Z');
    const tm = manager({ clock: () => now });
    const token = await tm.getTokenSet();
    expect(token.expiresAt).toBe(now + 60_000);
    now += 3600_000;
    expect(await tm.getToken()).toBe('access-2');
    // a backwards jump makes the token look valid for longer; the 401 path covers that (see auth-middleware tests)
    now -= 7200_000;
    expect(await tm.getToken()).toBe('access-2');
  });

  it('measures expiry from when the request was sent, so a slow token endpoint never extends the lifetime', async () => {
    endpoint.respondWith(async () => {
      await delay(2_000);
      return endpoint.defaultResponse({ expires_in: 60 });
    });
    const tm = manager();
    const started = Date.now();
    const pending = tm.getTokenSet();
    await vi.advanceTimersByTimeAsync(2_000);
    const token = await pending;
    expect(token.obtainedAt).toBe(started);
    expect(token.expiresAt).toBe(started + 60_000);
  });

  it('expire() simulates expiration and keeps refresh capability', async () => {
    const tm = manager();
    await tm.getToken();
    expect(tm.hasRefreshCapability()).toBe(true);
    await tm.expire();
    expect(await tm.getToken()).toBe('access-2');
    await tm.expire();
    await tm.clear();
    expect(await tm.getToken()).toBe('access-3');
  });

  it('keeps serving the still-valid token when a proactive refresh fails, and retries after a back-off', async () => {
    const tm = manager({ tokenRequestRetries: 0 });
    const seen = events(tm);
    const first = await tm.getTokenSet();
    endpoint.respondWith(() => new HttpResponse('down', { status: 503 }));
    vi.advanceTimersByTime(3600_000 - 60_000);
    expect(await tm.getToken()).toBe('access-1');
    await settle();
    expect(await tm.getToken()).toBe('access-1');
    await settle();
    expect(endpoint.calls).toHaveLength(2);
    expect(seen.at(-1)).toMatchObject({ name: 'refreshFailed', event: { reason: 'proactive', validUntil: first.expiresAt } });
    endpoint.respondWith(() => endpoint.defaultResponse());
    vi.advanceTimersByTime(5_000);
    expect(await tm.getToken()).toBe('access-1');
    await settle();
    expect(await tm.getToken()).toBe('access-2');
  });
});

describe('single flight', () => {
  it('1,000 concurrent requests at expiry cause exactly 1 token request', async () => {
    const tm = manager();
    await tm.getToken();
    vi.advanceTimersByTime(3600_000);
    endpoint.calls.length = 0;
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => tm.getToken()));
    expect(endpoint.calls).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(['access-2']));
  });

  it('all concurrent waiters get the same error', async () => {
    endpoint.respondWith(() => HttpResponse.json({ error: 'invalid_client' }, { status: 401 }));
    const tm = manager();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => tm.getToken()));
    expect(endpoint.calls).toHaveLength(1);
    const reasons = new Set(results.map((result) => (result.status === 'rejected' ? result.reason : result.value)));
    expect(reasons.size).toBe(1);
    expect([...reasons][0]).toMatchObject({ name: 'InvalidClientCredentialsError', code: 'invalid_client' });
  });

  it('an aborted waiter leaves at once with its reason while the shared request completes for the others', async () => {
    endpoint.respondWith(async () => {
      await delay(1_000);
      return endpoint.defaultResponse();
    });
    const tm = manager();
    const controller = new AbortController();
    const aborted = tm.getToken({ signal: controller.signal });
    const other = tm.getToken();
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await other).toBe('access-1');
    expect(endpoint.calls).toHaveLength(1);
  });

  it('concurrent callers reporting the same rejected token cause one refresh', async () => {
    const tm = manager();
    const rejected = await tm.getToken();
    const tokens = await Promise.all(Array.from({ length: 20 }, () => tm.getToken({ rejectedToken: rejected })));
    expect(new Set(tokens)).toEqual(new Set(['access-2']));
    expect(await tm.getToken({ rejectedToken: rejected })).toBe('access-2');
    expect(endpoint.calls).toHaveLength(2);
  });
});

/** A store shared by "processes" with a lock whose holder can be simulated. */
function createLockingStore() {
  const inner = createMemoryTokenStore();
  let holder: string | undefined;
  let heldUntil = 0;
  const store: TokenStore & { holdAs(name: string, ttlMs: number): void; lockCalls: number } = {
    lockCalls: 0,
    refreshLease,
    get: (key) => inner.get(key),
    set: (key, token, ttl) => inner.set(key, token, ttl),
    delete: (key) => inner.delete(key),
    async tryLock(_key, ttlMs): Promise<TokenStoreLock | undefined> {
      store.lockCalls += 1;
      if (holder && Date.now() < heldUntil) return undefined;
      const me = `holder-${store.lockCalls}`;
      holder = me;
      heldUntil = Date.now() + ttlMs;
      return {
        release: async () => {
          if (holder === me) holder = undefined;
        },
      };
    },
    holdAs(name, ttlMs) {
      holder = name;
      heldUntil = Date.now() + ttlMs;
    },
  };
  return store;
}

describe('cross-process single flight (store.tryLock)', () => {
  it('rejects a store with tryLock but without refreshLease at construction, naming the member to add', () => {
    const { refreshLease: _lease, ...withoutLease } = createLockingStore();
    const build = () => manager({ store: withoutLease });
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(/tryLock needs refreshLease/);
    expect(build).toThrow(expect.objectContaining({ code: 'missing_option', option: 'store.refreshLease' }));
  });

  it('waits for the lock holder to store a fresh token instead of requesting one', async () => {
    const store = createLockingStore();
    const tm = manager({ store, lockTtlMs: 5_000, lockPollIntervalMs: 100 });
    store.holdAs('other-process', 5_000);
    const pending = tm.getToken();
    await vi.advanceTimersByTimeAsync(300);
    const fromOther: StoredToken = {
      accessToken: 'from-other-process',
      tokenType: 'bearer',
      obtainedAt: Date.now(),
      expiresAt: Date.now() + 3600_000,
    };
    await store.set(tm.storeKey, fromOther, 3600_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(await pending).toBe('from-other-process');
    expect(endpoint.calls).toHaveLength(0);
  });

  it('takes the lock and refreshes itself when the holder died (its lock TTL passed)', async () => {
    const store = createLockingStore();
    const tm = manager({ store, lockTtlMs: 2_000, lockPollIntervalMs: 250 });
    store.holdAs('crashed-process', 2_000);
    const pending = tm.getToken();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toBe('access-1');
    expect(endpoint.calls).toHaveLength(1);
    expect(store.lockCalls).toBe(2);
    // the lock was released after the refresh
    expect(await store.tryLock!(tm.storeKey, 1_000)).toBeDefined();
  });

  it('two managers sharing a store make one token request between them', async () => {
    const store = createLockingStore();
    const first = manager({ store, lockPollIntervalMs: 10 });
    const second = manager({ store, lockPollIntervalMs: 10 });
    const both = Promise.all([first.getToken(), second.getToken()]);
    await vi.advanceTimersByTimeAsync(50);
    expect(await both).toEqual(['access-1', 'access-1']);
    expect(endpoint.calls).toHaveLength(1);
  });

  it('stops polling when every waiter aborts', async () => {
    const store = createLockingStore();
    const tm = manager({ store, lockTtlMs: 60_000, lockPollIntervalMs: 100 });
    store.holdAs('other-process', 60_000);
    const getSpy = vi.spyOn(store, 'get');
    const controller = new AbortController();
    const pending = tm.getToken({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    const reads = getSpy.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(getSpy.mock.calls.length).toBe(reads);
  });

  it('renews the lease while its token request runs, reports a lost lease once, and releases it once with the failure', async () => {
    const extended: number[] = [];
    const releases: unknown[] = [];
    const store: TokenStore = {
      ...createMemoryTokenStore(),
      refreshLease,
      async tryLock() {
        return {
          extend: async (ttlMs) => extended.push(ttlMs) < 2, // the second renewal finds the lease gone
          release: async (failure) => void releases.push(failure),
        };
      },
    };
    endpoint.respondWith(async () => {
      await delay(5_000);
      return new HttpResponse('busy', { status: 503 });
    });
    const tm = manager({ store, lockTtlMs: 3_000, tokenRequestRetries: 0 });
    const warnings: string[] = [];
    tm.on('warning', (event) => warnings.push(event.code));
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toMatchObject({ code: 'token_endpoint_error', status: 503 });
    expect(extended.length).toBeGreaterThanOrEqual(2);
    expect(new Set(extended)).toEqual(new Set([3_000]));
    expect(warnings).toEqual(['lease_lost']);
    expect(releases).toEqual([{ code: 'token_endpoint_error', reauthenticate: false, status: 503 }]);
    const renewals = extended.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(extended).toHaveLength(renewals); // renewal stopped with the release
  });

  it('carries on with its own copy when the store fails, reporting storeError', async () => {
    const broken: TokenStore = {
      get: () => Promise.reject(new Error('redis down')),
      set: () => Promise.reject(new Error('redis down')),
      delete: () => Promise.reject(new Error('redis down')),
    };
    const tm = manager({ store: broken });
    const seen = events(tm);
    expect(await tm.getToken()).toBe('access-1');
    expect(await tm.getToken()).toBe('access-1');
    expect(seen.filter((entry) => entry.name === 'storeError').map((entry) => entry.event)).toMatchObject([
      { operation: 'get' },
      { operation: 'set' },
    ]);
  });
});

describe('token endpoint faults', () => {
  it('token endpoint 500: retried with jittered back-off, then TokenRequestError', async () => {
    endpoint.respondWith(() => HttpResponse.json({ message: 'boom' }, { status: 500 }));
    const tm = manager({ random: () => 0.5 });
    const seen = events(tm);
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await pending;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'token_endpoint_error', status: 500, retryable: true, url: endpoint.url });
    expect(endpoint.calls).toHaveLength(3);
    expect(seen.filter((entry) => entry.name === 'retry').map((entry) => entry.event)).toEqual([
      { attempt: 1, delayMs: 125, status: 500, method: 'POST', url: endpoint.url, source: 'token' },
      { attempt: 2, delayMs: 250, status: 500, method: 'POST', url: endpoint.url, source: 'token' },
    ]);
  });

  it('token endpoint 500 followed by success recovers', async () => {
    endpoint.respondWith((_call, index) =>
      index === 0 ? new HttpResponse('bad gateway', { status: 502 }) : endpoint.defaultResponse(),
    );
    const tm = manager();
    const pending = tm.getToken();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toBe('access-1');
  });

  it('token endpoint timeout: each attempt is cut at tokenRequestTimeoutMs, then TokenRequestError', async () => {
    endpoint.respondWith(async () => {
      await delay('infinite');
      return endpoint.defaultResponse();
    });
    const tm = manager({ tokenRequestTimeoutMs: 1_000, tokenRequestRetries: 1, random: () => 0 });
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2_100);
    const error = await pending;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'token_request_timeout' });
    expect(endpoint.calls).toHaveLength(2);
  });

  it('token endpoint non-JSON 200: TokenRequestError without the body in message or cause', async () => {
    endpoint.respondWith(
      () => new HttpResponse('<html>access_token=leaked-value</html>', { headers: { 'content-type': 'text/html' } }),
    );
    const tm = manager({ tokenRequestRetries: 0 });
    const error = (await tm.getToken().catch((caught: unknown) => caught)) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.code).toBe('token_response_not_json');
    expect(JSON.stringify(error)).not.toContain('leaked-value');
    expect(error.cause).toBeUndefined();
  });

  it('token endpoint JSON without access_token: token_response_invalid', async () => {
    endpoint.respondWith(() => HttpResponse.json({ token_type: 'bearer', expires_in: 10 }));
    const tm = manager();
    await expect(tm.getToken()).rejects.toMatchObject({ code: 'token_response_invalid', message: /"access_token"/ });
  });

  it('token endpoint network error: retried, then TokenRequestError with a sanitised cause', async () => {
    endpoint.respondWith(() => HttpResponse.error());
    const tm = manager({ tokenRequestRetries: 1, random: () => 0 });
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    const error = (await pending) as TokenRequestError;
    expect(error).toMatchObject({ code: 'token_request_network', retryable: true });
    expect(error.cause).toBeInstanceOf(Error);
    expect(endpoint.calls).toHaveLength(2);
  });

  it('token endpoint 429 honours its Retry-After', async () => {
    endpoint.respondWith((_call, index) =>
      index === 0
        ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '2' } })
        : endpoint.defaultResponse(),
    );
    const tm = manager();
    const seen = events(tm);
    const pending = tm.getToken();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(endpoint.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toBe('access-1');
    expect(seen.find((entry) => entry.name === 'retry')?.event).toMatchObject({ delayMs: 2_000, status: 429 });
  });

  it('a token endpoint that answers 400 invalid_scope is not retried', async () => {
    endpoint.respondWith(() => HttpResponse.json({ error: 'invalid_scope' }, { status: 400 }));
    const tm = manager();
    await expect(tm.getToken()).rejects.toMatchObject({ name: 'TokenRequestError', code: 'invalid_scope', status: 400 });
    expect(endpoint.calls).toHaveLength(1);
  });
});

describe('events', () => {
  it('tokenRefreshed carries reason, expiry and refresh capability only', async () => {
    const tm = manager();
    const seen = events(tm);
    await tm.getToken();
    await tm.refresh();
    expect(seen).toEqual([
      { name: 'tokenRefreshed', event: { reason: 'initial', expiresAt: Date.now() + 3600_000, hasRefreshToken: false } },
      { name: 'tokenRefreshed', event: { reason: 'forced', expiresAt: Date.now() + 3600_000, hasRefreshToken: false } },
    ]);
  });

  it('a throwing listener does not break token handling, and unsubscribe works', async () => {
    const tm = manager();
    const off = tm.on('tokenRefreshed', () => {
      throw new Error('listener bug');
    });
    expect(await tm.getToken()).toBe('access-1');
    const calls: unknown[] = [];
    const offCounting = tm.on('tokenRefreshed', (event) => calls.push(event));
    offCounting();
    off();
    await tm.refresh();
    expect(calls).toHaveLength(0);
  });
});

describe('fetch option', () => {
  it('uses the given fetch for token requests', async () => {
    const fetchSpy = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    const tm = manager({ fetch: fetchSpy });
    await tm.getToken();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(endpoint.url);
  });

  it('uses the loopback msw handler only (no real network)', () => {
    expect(server.listHandlers().length).toBeGreaterThan(0);
    expect(http).toBeDefined();
  });
});

/** Answers RFC 7009 revocations at https://auth.test/oauth/revoke; returns the tokens revoked, in order. */
function recordRevocations(): string[] {
  const revoked: string[] = [];
  server.use(
    http.post('https://auth.test/oauth/revoke', async ({ request }) => {
      revoked.push(new URLSearchParams(await request.text()).get('token') ?? '');
      return new HttpResponse(null, { status: 200 });
    }),
  );
  return revoked;
}

describe('a token lifecycle that never forces a re-login', () => {
  /** A code-grant manager against a token endpoint with rotating refresh tokens and reuse detection. */
  function rotatingSetup(options: { refreshDelayMs?: number; store?: TokenStore; storeKey?: string } & Partial<TokenManagerOptions> = {}) {
    const rotating = createTokenEndpointMock({ reuseDetection: true });
    server.use(rotating.handler);
    const { refreshDelayMs = 0, ...managerOptions } = options;
    rotating.respondWith(async (call) => {
      // the server rotates as soon as the request arrives; the answer takes refreshDelayMs to come back
      const response = rotating.rotatingResponse(call);
      if (call.grantType === 'refresh_token' && refreshDelayMs > 0) await delay(refreshDelayMs);
      return response;
    });
    const tm = createTokenManager({
      grant: authorizationCodeGrant({
        tokenEndpoint: rotating.url,
        clientId: 'web',
        code: 'code-1',
        codeVerifier: 'verifier-verifier-verifier-verifier-verifier',
        redirectUri: 'https://app.test/cb',
        revocationEndpoint: 'https://auth.test/oauth/revoke',
      }),
      random: () => 0,
      ...managerOptions,
    });
    const refreshTokensSent = () =>
      rotating.calls.filter((call) => call.grantType === 'refresh_token').map((call) => call.params.get('refresh_token'));
    return { rotating, tm, refreshTokensSent };
  }

  it("a caller's abort does not cancel a rotating refresh on the wire", async () => {
    const store = createMemoryTokenStore();
    const { rotating, tm, refreshTokensSent } = rotatingSetup({ refreshDelayMs: 1_000, store, storeKey: 'user-1' });
    expect(await tm.getToken()).toBe('access-1');
    await tm.expire();
    const controller = new AbortController();
    const pending = tm.getToken({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('caller deadline'));
    await expect(pending).rejects.toThrow('caller deadline');
    await vi.advanceTimersByTimeAsync(1_000); // the refresh lands although nobody waits for it any more
    expect((await store.get('user-1'))?.refreshToken).toBe('refresh-2');
    expect(await tm.getToken()).toBe('access-2');
    await tm.expire();
    const next = tm.getToken();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await next).toBe('access-3');
    expect(refreshTokensSent()).toEqual(['refresh-1', 'refresh-2']);
    expect(rotating.reuses).toBe(0);
  });

  it('tokenRequestTimeoutMs never resends a refresh token whose request may have been processed', async () => {
    const { rotating, tm, refreshTokensSent } = rotatingSetup({ refreshDelayMs: 300, tokenRequestTimeoutMs: 100 });
    await tm.getToken();
    await tm.expire();
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refreshTokensSent()).toEqual(['refresh-1']);
    expect(await pending).toBe('access-2');
    expect(rotating.reuses).toBe(0);
  });

  it('a code or refresh-token grant sharing a store needs a per-user storeKey; users never share a token', async () => {
    const shared = createMemoryTokenStore();
    const codeGrant = (code: string) =>
      authorizationCodeGrant({ tokenEndpoint: endpoint.url, clientId: 'web', code, codeVerifier: 'v'.repeat(43), redirectUri: 'https://app.test/cb' });
    expect(() => createTokenManager({ grant: codeGrant('code-a'), store: shared })).toThrow(ConfigurationError);
    expect(() => createTokenManager({ grant: codeGrant('code-a'), store: shared })).toThrow(/storeKey/);
    expect(() => createTokenManager({ grant: codeGrant('code-a'), store: shared })).toThrow(
      expect.objectContaining({ code: 'missing_option', option: 'storeKey' }),
    );
    expect(() =>
      createTokenManager({ grant: refreshTokenGrant({ tokenEndpoint: endpoint.url, clientId: 'web', refreshToken: 'rt' }), store: shared }),
    ).toThrow(/storeKey/);

    const userA = createTokenManager({ grant: codeGrant('code-a'), store: shared, storeKey: 'user-a' });
    const userB = createTokenManager({ grant: codeGrant('code-b'), store: shared, storeKey: 'user-b' });
    expect(await userA.getToken()).toBe('access-1');
    expect(await userB.getToken()).toBe('access-2');
    expect(endpoint.calls.map((call) => call.params.get('code'))).toEqual(['code-a', 'code-b']);

    // a password grant runs for one user: its default key names that user, so two users sharing a store never mix
    const keyA = createTokenManager({ grant: passwordGrant({ tokenEndpoint: endpoint.url, clientId: 'app', username: 'KEY-A', password: 'secret-a' }), store: shared });
    const keyB = createTokenManager({ grant: passwordGrant({ tokenEndpoint: endpoint.url, clientId: 'app', username: 'KEY-B', password: 'secret-b' }), store: shared });
    expect(keyA.storeKey).not.toBe(keyB.storeKey);
    expect(await keyA.getToken()).toBe('access-3');
    expect(await keyB.getToken()).toBe('access-4');
  });

  it('clear() during an in-flight refresh: the refresh does not restore the token afterwards', async () => {
    const store = createMemoryTokenStore();
    const { tm } = rotatingSetup({ refreshDelayMs: 1_000, store, storeKey: 'user-1' });
    await tm.getToken();
    await tm.expire();
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    await tm.clear();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toBeInstanceOf(ReauthenticationRequiredError);
    expect(await store.get('user-1')).toBeUndefined();
    await expect(tm.getTokenSet()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
  });

  it('revoke() during an in-flight refresh: the refreshed tokens are revoked too and not stored', async () => {
    const revoked = recordRevocations();
    const store = createMemoryTokenStore();
    const { tm, rotating } = rotatingSetup({ refreshDelayMs: 1_000, store, storeKey: 'user-1' });
    await tm.getToken();
    await tm.expire();
    const pending = tm.getToken().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    await tm.revoke!();
    await vi.advanceTimersByTimeAsync(1_000);
    await pending;
    await vi.advanceTimersByTimeAsync(10);
    expect(await store.get('user-1')).toBeUndefined();
    expect(revoked).toContain('refresh-1');
    expect(revoked).toContain('refresh-2'); // the refresh that landed after the revocation
    expect(rotating.calls.filter((call) => call.grantType === 'refresh_token')).toHaveLength(1);
  });

  it('a shared store that cannot grant a lease: the refresh token is not spent and the still-valid token is served meanwhile', async () => {
    const inner = createMemoryTokenStore();
    let storeDown = false;
    const store: TokenStore = {
      refreshLease,
      get: (key) => inner.get(key),
      set: (key, token, ttl) => inner.set(key, token, ttl),
      delete: (key) => inner.delete(key),
      async tryLock() {
        if (storeDown) throw new Error('redis down');
        return { release: async () => undefined };
      },
    };
    const { tm, refreshTokensSent } = rotatingSetup({ store, storeKey: 'user-1' });
    const warnings: string[] = [];
    tm.on('warning', (event) => warnings.push(event.code));
    const failures: TokenManagerEvents['refreshFailed'][] = [];
    tm.on('refreshFailed', (event) => failures.push(event));
    const first = await tm.getTokenSet();
    expect(first.refreshToken).toBe('refresh-1');

    storeDown = true;
    vi.advanceTimersByTime(3600_000 - 60_000); // inside the refresh window, still valid
    expect(await tm.getToken()).toBe(first.accessToken); // served while the background refresh is refused
    await settle();
    expect(warnings).toEqual(['store_unavailable']);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toBeInstanceOf(TokenRequestError);
    expect(failures[0]!.error).toMatchObject({ code: 'token_store_unavailable', outcome: 'not_processed' });
    expect(failures[0]!.validUntil).toBe(first.expiresAt);
    expect(refreshTokensSent()).toEqual([]);

    storeDown = false;
    vi.advanceTimersByTime(10_000); // past the proactive back-off: the next call refreshes under the lease
    expect(await tm.getToken()).toBe(first.accessToken);
    await settle();
    expect(refreshTokensSent()).toEqual(['refresh-1']);
    expect(await tm.getToken()).not.toBe(first.accessToken);
  });

  it('refresh() joining a running non-forced flight returns a token obtained after the call', async () => {
    endpoint.respondWith(async (_call, index) => {
      if (index > 0) await delay(1_000);
      return endpoint.defaultResponse();
    });
    const tm = manager();
    await tm.getToken();
    await tm.expire();
    const running = tm.getToken();
    await vi.advanceTimersByTimeAsync(100);
    const calledAt = Date.now();
    const forced = tm.refresh();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await running).toBe('access-2');
    const token = await forced;
    expect(token.accessToken).toBe('access-3');
    expect(token.obtainedAt).toBeGreaterThanOrEqual(calledAt);
  });

  it('expires_in must be a positive integer (or a string of one); anything else uses the default and warns', async () => {
    const tm = manager({ defaultTokenLifetimeMs: 120_000 });
    const warnings: unknown[] = [];
    tm.on('warning', (event) => warnings.push(event));
    const lifetimeFor = async (expiresIn: unknown) => {
      endpoint.respondWith(() => endpoint.defaultResponse({ expires_in: expiresIn }));
      const token = await tm.refresh();
      return token.expiresAt - token.obtainedAt;
    };
    expect(await lifetimeFor(3600)).toBe(3_600_000);
    expect(await lifetimeFor('3600')).toBe(3_600_000);
    expect(warnings).toEqual([]);
    for (const bad of [0, -5, 1.5, '3600 seconds, roughly', '0', '', '1e3', true]) {
      expect(await lifetimeFor(bad)).toBe(120_000);
    }
    expect(warnings).toHaveLength(8);
    expect(warnings[0]).toMatchObject({ code: 'invalid_expires_in' });
  });

  it('inside the refresh window callers keep the still-valid token while one background refresh runs', async () => {
    endpoint.respondWith(async (_call, index) => {
      if (index > 0) await delay(1_500);
      return endpoint.defaultResponse();
    });
    const tm = manager();
    const seen = events(tm);
    const background: string[] = [];
    tm.on('backgroundRefreshStarted', () => background.push('started'));
    tm.on('backgroundRefreshEnded', (event) => background.push(`ended:${event.outcome}`));
    await tm.getToken();
    vi.advanceTimersByTime(3600_000 - 60_000); // within the 5-minute skew, still valid for a minute
    let settled = false;
    const callers = Promise.all(Array.from({ length: 20 }, () => tm.getToken())).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).toBe(true);
    expect(new Set(await callers)).toEqual(new Set(['access-1']));
    expect(endpoint.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await tm.getToken()).toBe('access-2');
    expect(endpoint.calls).toHaveLength(2);
    expect(background).toEqual(['started', 'ended:refreshed']);
    expect(seen.filter((entry) => entry.name === 'tokenRefreshed').map((entry) => (entry.event as { reason: string }).reason)).toEqual([
      'initial',
      'proactive',
    ]);
  });

  it('invalid_grant on a proactive refresh keeps the still-valid access token until it expires and reports it at once', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    refreshing.respondWith((call) =>
      call.grantType === 'refresh_token'
        ? HttpResponse.json({ error: 'invalid_grant', error_description: 'revoked by an admin' }, { status: 400 })
        : refreshing.defaultResponse(),
    );
    server.use(refreshing.handler);
    const tm = createTokenManager({
      grant: authorizationCodeGrant({ tokenEndpoint: refreshing.url, clientId: 'web', code: 'c', codeVerifier: 'v'.repeat(43), redirectUri: 'https://app.test/cb' }),
    });
    const failures: Array<TokenManagerEvents['refreshFailed']> = [];
    tm.on('refreshFailed', (event) => failures.push(event));
    const first = await tm.getTokenSet();
    vi.advanceTimersByTime(3600_000 - 60_000);
    expect(await tm.getToken()).toBe('access-1');
    await vi.advanceTimersByTimeAsync(10);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ reason: 'proactive', validUntil: first.expiresAt });
    expect(failures[0]?.error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(await tm.getToken()).toBe('access-1');
    expect(await tm.getToken()).toBe('access-1');
    expect(refreshing.calls).toHaveLength(2); // the dead refresh token is not sent again
    vi.advanceTimersByTime(60_000);
    await expect(tm.getToken()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    expect(refreshing.calls).toHaveLength(2);
  });

  // lifecycle faults found in review; each test failed before its fix
  /** A code-grant manager whose refreshes rotate; the store's compare-and-set waits for `writeGate` when one is set. */
  function slowWriteSetup() {
    const inner = createMemoryTokenStore();
    let writeGate: Promise<void> | undefined;
    let writeStarted: () => void = () => undefined;
    const store: TokenStore = {
      ...inner,
      async compareAndSet(key, expected, token, ttlMs) {
        if (writeGate) {
          writeStarted();
          await writeGate;
        }
        return inner.compareAndSet!(key, expected, token, ttlMs);
      },
    };
    const revoked = recordRevocations();
    const { tm } = rotatingSetup({ store, storeKey: 'user-1' });
    /** Holds the next store write until the returned `open()` is called; `started` resolves when the write begins. */
    const holdNextWrite = () => {
      let open: () => void = () => undefined;
      writeGate = new Promise<void>((resolve) => (open = resolve));
      const started = new Promise<void>((resolve) => (writeStarted = resolve));
      return {
        started,
        open: () => {
          writeGate = undefined;
          open();
        },
      };
    };
    return { tm, store, revoked, holdNextWrite };
  }

  it('clear() while a refresh is writing its result to the store: neither the store nor the manager serves the new token afterwards', async () => {
    const { tm, store, holdNextWrite } = slowWriteSetup();
    await tm.getToken();
    await tm.expire();
    const write = holdNextWrite();
    const pending = tm.getToken().catch((error: unknown) => error);
    await write.started; // the new token is on its way into the store
    await tm.clear(); // its delete runs before the write lands
    write.open();
    await vi.advanceTimersByTimeAsync(10);
    expect(await pending).toBeInstanceOf(ReauthenticationRequiredError);
    expect(await store.get('user-1')).toBeUndefined();
    await expect(tm.getTokenSet()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
  });

  it('revoke() while a refresh is writing its result to the store: the new refresh token is revoked and not stored', async () => {
    const { tm, store, revoked, holdNextWrite } = slowWriteSetup();
    await tm.getToken();
    await tm.expire();
    const write = holdNextWrite();
    const pending = tm.getToken().catch((error: unknown) => error);
    await write.started;
    const revoking = tm.revoke!();
    await vi.advanceTimersByTimeAsync(10);
    write.open();
    await revoking;
    await vi.advanceTimersByTimeAsync(10);
    expect(await pending).toBeInstanceOf(ReauthenticationRequiredError);
    expect(await store.get('user-1')).toBeUndefined();
    expect(revoked).toContain('refresh-1');
    expect(revoked).toContain('refresh-2'); // obtained by the refresh whose write was landing during the revoke
  });

  it('a caller arriving right after another caller abandoned a lease wait gets a token, not the other caller’s abort reason', async () => {
    const store = createLockingStore();
    const tm = manager({ store, lockTtlMs: 1_000, lockPollIntervalMs: 100 });
    store.holdAs('other-process', 1_000);
    const controller = new AbortController();
    const abandoned = tm.getToken({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(300);
    controller.abort(new Error('first caller gave up'));
    const next = tm.getToken().catch((error: unknown) => error); // arrives before the abandoned wait has unwound
    await expect(abandoned).rejects.toThrow('first caller gave up');
    await vi.advanceTimersByTimeAsync(2_000); // the other process's lease expires; this caller refreshes
    expect(await next).toBe('access-1');
  });

  it('a shared store that cannot grant a lease while no valid token is left: refreshes in this process with a warning after a short wait, not after minutes', async () => {
    const inner = createMemoryTokenStore();
    const store: TokenStore = {
      ...inner,
      refreshLease,
      // what @ccaas/token-store-redis hands out while Redis rejects writes (OOM, READONLY) or does not answer in time
      async tryLock() {
        return { localOnly: true, release: async () => undefined };
      },
    };
    const rotating = createTokenEndpointMock({ refreshTokens: true });
    server.use(rotating.handler);
    const tm = createTokenManager({
      grant: refreshTokenGrant({ tokenEndpoint: rotating.url, clientId: 'web', refreshToken: 'refresh-0' }),
      store,
      storeKey: 'user-1',
      lockTtlMs: 60_000,
    });
    const warnings: string[] = [];
    tm.on('warning', (event) => warnings.push(event.code));
    let settled = false;
    const callers = Promise.allSettled([tm.getToken(), tm.getToken(), tm.getToken()]).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(settled).toBe(false); // a Redis restart or reconnection is waited for
    await vi.advanceTimersByTimeAsync(11_000);
    expect(settled).toBe(true);
    const results = await callers;
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(rotating.calls).toHaveLength(1); // single flight in this process
    expect(warnings).toContain('store_unavailable');
  });
});
