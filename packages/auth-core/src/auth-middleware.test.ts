import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { paths } from '../test/api-paths.js';
import { createTokenEndpointMock } from '@ccaas/test-support';
import {
  authFetch,
  authMiddleware,
  authorizationCodeGrant,
  clientCredentialsGrant,
  createTokenManager,
  describeErrorBody,
  ForbiddenError,
  HttpError,
  IDEMPOTENCY_KEY_HEADER,
  InsecureTransportError,
  NetworkError,
  RateLimitError,
  ReauthenticationRequiredError,
  RequestTimeoutError,
  TokenRequestError,
  UnauthorizedError,
  type AttemptEvent,
  type AuthFetchOptions,
  type AuthMiddlewareOptions,
  type TokenManagerEvents,
  type TokenManagerOptions,
} from './index.js';
import { authorizeCallFetch } from './platform.js';

const API = 'https://api.test';
const tokens = createTokenEndpointMock({ expiresIn: 3600 });

interface ApiCall {
  method: string;
  path: string;
  token: string | undefined;
  body: string;
  contentType: string | null;
}
const apiCalls: ApiCall[] = [];
const revoked = new Set<string>();
type Override = (request: Request, call: ApiCall, index: number) => Response | undefined | Promise<Response | undefined>;
let override: Override | undefined;

const apiHandler = http.all(`${API}/*`, async ({ request }) => {
  const url = new URL(request.url);
  const call: ApiCall = {
    method: request.method,
    path: url.pathname,
    token: request.headers.get('authorization')?.replace(/^Bearer /, ''),
    body: await request.clone().text(),
    contentType: request.headers.get('content-type'),
  };
  apiCalls.push(call);
  const custom = await override?.(request, call, apiCalls.length - 1);
  if (custom) return custom;
  if (!call.token || revoked.has(call.token) || !/^access-\d+$/.test(call.token)) {
    return HttpResponse.json(
      { message: 'Invalid login credentials.', code: 'bad.credentials', status: 401, contextId: 'ctx-401' },
      { status: 401, headers: { 'ININ-Correlation-Id': 'corr-401' } },
    );
  }
  if (url.pathname === '/api/v2/users/me') return HttpResponse.json({ id: 'me', token: call.token });
  if (url.pathname === '/api/v2/notes') {
    return HttpResponse.json({ echoed: JSON.parse(call.body), token: call.token }, { status: 201 });
  }
  if (url.pathname === '/api/v2/uploads') {
    const form = await request.formData();
    const fields = Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
    return HttpResponse.json({ fields, token: call.token }, { status: 201 });
  }
  if (url.pathname === '/api/v2/texts') return HttpResponse.json({ text: call.body, token: call.token });
  if (url.pathname === '/api/v2/routing/queues') return HttpResponse.json({ entities: [] });
  return HttpResponse.json({ message: 'not found', code: 'not.found', status: 404 }, { status: 404 });
});

const server = setupServer(tokens.handler, apiHandler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  tokens.reset();
  apiCalls.length = 0;
  revoked.clear();
  override = undefined;
  server.resetHandlers();
});
afterAll(() => server.close());

/** How the auth is installed: `use(authMiddleware(...))`, or openapi-fetch's `fetch: authFetch(...)`. */
type Install = 'middleware' | 'fetch';
const installs: Install[] = ['middleware', 'fetch'];

function setup(middlewareOptions: AuthMiddlewareOptions = {}, managerOptions: Partial<TokenManagerOptions> = {}, install: Install = 'middleware') {
  const tm = createTokenManager({
    grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    ...managerOptions,
  });
  const seen: Array<{ name: keyof TokenManagerEvents; event: unknown }> = [];
  for (const name of ['tokenRefreshed', 'refreshFailed', 'retry', 'rateLimited'] as const) {
    tm.on(name, (event) => seen.push({ name, event }));
  }
  const send = (request: Request | string | URL) => globalThis.fetch(request);
  const options = { random: () => 0.5, ...middlewareOptions };
  const client = createClient<paths>({ baseUrl: API, fetch: install === 'fetch' ? authFetch(tm, { ...options, fetch: send }) : send });
  if (install === 'middleware') client.use(authMiddleware(tm, options));
  return { tm, client, seen };
}

const note = { text: 'hello', tags: ['a', 'b'] };

describe('authorization', () => {
  it('expired token at request time: refreshes first, the API sees only the new token', async () => {
    const { client } = setup();
    await client.GET('/api/v2/users/me');
    vi.advanceTimersByTime(3600_000);
    const { data } = await client.GET('/api/v2/users/me');
    expect(data?.token).toBe('access-2');
    expect(apiCalls.map((call) => call.token)).toEqual(['access-1', 'access-2']);
    expect(tokens.calls).toHaveLength(2);
  });

  it('a held token is used while fresh and refreshed in the background once it is due (no call waits for it)', async () => {
    const { client } = setup();
    await client.GET('/api/v2/users/me');
    await client.GET('/api/v2/users/me');
    expect(tokens.calls).toHaveLength(1);
    // 3,600 s tokens, default skew 5 min: at 56 min the token is still valid but due for a refresh
    vi.setSystemTime(Date.now() + 56 * 60_000);
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-1');
    await vi.advanceTimersByTimeAsync(0);
    expect(tokens.calls).toHaveLength(2);
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-2');
    expect(apiCalls.map((call) => call.token)).toEqual(['access-1', 'access-1', 'access-1', 'access-2']);
  });

  it.each(installs)('1,000 concurrent requests at expiry -> exactly 1 token request (auth as %s)', async (install) => {
    const { client } = setup({}, {}, install);
    await client.GET('/api/v2/users/me');
    vi.advanceTimersByTime(3600_000);
    tokens.calls.length = 0;
    const results = await Promise.all(Array.from({ length: 1000 }, () => client.GET('/api/v2/users/me')));
    expect(tokens.calls).toHaveLength(1);
    expect(new Set(results.map((result) => result.data?.token))).toEqual(new Set(['access-2']));
  });

  it('ordinary 4xx such as 404 stay openapi-fetch { error } results', async () => {
    override = (_request, call) =>
      call.path === '/api/v2/users/me' ? HttpResponse.json({ message: 'nope', code: 'not.found' }, { status: 404 }) : undefined;
    const { client } = setup();
    const result = await client.GET('/api/v2/users/me');
    expect(result.error).toEqual({ message: 'nope', code: 'not.found' });
    expect(result.response.status).toBe(404);
  });
});

describe('401 handling', () => {
  it.each(installs)('expiry mid-flight (401): refreshes once and replays the POST with its JSON body (auth as %s)', async (install) => {
    const { client, seen } = setup({}, {}, install);
    await client.GET('/api/v2/users/me');
    revoked.add('access-1'); // the server expired the token before our clock said so
    const { data, response } = await client.POST('/api/v2/notes', { body: note });
    expect(response.status).toBe(201);
    expect(data).toEqual({ echoed: note, token: 'access-2' });
    const posts = apiCalls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => call.token)).toEqual(['access-1', 'access-2']);
    expect(posts[1]?.body).toBe(posts[0]?.body);
    expect(posts[1]?.contentType).toBe('application/json');
    expect(seen.filter((entry) => entry.name === 'tokenRefreshed').at(-1)?.event).toMatchObject({ reason: 'unauthorized' });
  });

  it.each(installs)('replays a text body and a FormData body after a 401 (auth as %s)', async (install) => {
    const { client } = setup({}, {}, install);
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const text = await client.PUT('/api/v2/texts', {
      body: 'plain text body',
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.data).toEqual({ text: 'plain text body', token: 'access-2' });
    revoked.add('access-2');
    const form = new FormData();
    form.set('name', 'report.csv');
    form.set('kind', 'csv');
    const upload = await client.POST('/api/v2/uploads', { body: {}, bodySerializer: () => form });
    expect(upload.data).toEqual({ fields: { name: 'report.csv', kind: 'csv' }, token: 'access-3' });
  });

  it('replays a ReadableStream body (teed before sending)', async () => {
    const { client } = setup();
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"text":"streamed",'));
        controller.enqueue(encoder.encode('"tags":[]}'));
        controller.close();
      },
    });
    const { data } = await client.POST('/api/v2/notes', {
      body: note,
      bodySerializer: () => stream,
      duplex: 'half',
    } as never);
    expect(data).toEqual({ echoed: { text: 'streamed', tags: [] }, token: 'access-2' });
  });

  it.each(installs)('401 after refresh: throws UnauthorizedError after exactly one refresh and one replay (never a loop) (auth as %s)', async (install) => {
    override = (_request, call) =>
      call.path === '/api/v2/users/me'
        ? HttpResponse.json(
            { message: 'Invalid login credentials.', code: 'bad.credentials', status: 401 },
            { status: 401, headers: { 'ININ-Correlation-Id': 'corr-1' } },
          )
        : undefined;
    const { client } = setup({}, {}, install);
    const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({
      status: 401,
      code: 'bad.credentials',
      correlationId: 'corr-1',
      method: 'GET',
      url: `${API}/api/v2/users/me`,
    });
    expect(apiCalls).toHaveLength(2);
    expect(tokens.calls).toHaveLength(2);
  });

  it('refresh returns invalid_grant: the request fails with ReauthenticationRequiredError and the token is cleared', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    refreshing.respondWith((call) =>
      call.grantType === 'refresh_token'
        ? HttpResponse.json({ error: 'invalid_grant', error_description: 'token revoked' }, { status: 400 })
        : refreshing.defaultResponse(),
    );
    server.use(refreshing.handler);
    const { client, tm, seen } = setup(
      {},
      {
        grant: authorizationCodeGrant({
          tokenEndpoint: tokens.url,
          clientId: 'web',
          code: 'code-1',
          codeVerifier: 'v'.repeat(43),
          redirectUri: 'https://app.test/cb',
        }),
      },
    );
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_grant' });
    expect(tm.hasRefreshCapability()).toBe(false);
    expect(seen.find((entry) => entry.name === 'refreshFailed')?.event).toMatchObject({ reason: 'unauthorized' });
    expect(apiCalls).toHaveLength(2);
  });

  it('clock skew: the client clock jumps backwards so an expired token looks valid -> 401 -> refresh -> replay', async () => {
    tokens.respondWith(() => tokens.defaultResponse({ expires_in: 60 }));
    let now = Date.parse('2030-01-01T00:00:00Z');
    const { client } = setup({}, { clock: () => now });
    await client.GET('/api/v2/users/me');
    now -= 3600_000; // the server's clock still moves on: it expires access-1
    revoked.add('access-1');
    const { data } = await client.GET('/api/v2/users/me');
    expect(data?.token).toBe('access-2');
    expect(tokens.calls).toHaveLength(2);
  });

  it('concurrent 401s for the same token share one refresh', async () => {
    const { client } = setup();
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const results = await Promise.all(Array.from({ length: 25 }, () => client.GET('/api/v2/users/me')));
    expect(new Set(results.map((result) => result.data?.token))).toEqual(new Set(['access-2']));
    expect(tokens.calls).toHaveLength(2);
  });
});

describe('throwOnError', () => {
  it.each(installs)('a 404 comes back as { error } by default, and throws HttpError with throwOnError (auth as %s)', async (install) => {
    override = () => HttpResponse.json({ message: 'queue not found', code: 'not.found' }, { status: 404, headers: { 'ININ-Correlation-Id': 'corr-404' } });
    const plain = await setup({}, {}, install).client.GET('/api/v2/users/me');
    expect(plain.error).toMatchObject({ code: 'not.found' });
    const { client } = setup({ throwOnError: true }, {}, install);
    const error = (await client.GET('/api/v2/users/me').catch((caught: unknown) => caught)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      name: 'HttpError',
      status: 404,
      code: 'not.found',
      correlationId: 'corr-404',
      method: 'GET',
      url: `${API}/api/v2/users/me`,
      body: { message: 'queue not found', code: 'not.found' },
    });
    expect(error.message).toBe('[@ccaas/auth-core] GET /api/v2/users/me answered 404 (not.found): queue not found (correlation id corr-404)');
  });

  it('a 503 that is still failing after the retries throws HttpError with throwOnError; 403 and 429 stay their own HttpError subclasses', async () => {
    override = () => new HttpResponse('down', { status: 503 });
    const { client } = setup({ throwOnError: true, retry: { maxRetries: 1, baseDelayMs: 10 } });
    const pending = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await pending;
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, code: 'http_503', body: 'down' });
    expect(apiCalls).toHaveLength(2);
    expect(Object.getPrototypeOf(ForbiddenError.prototype)).toBe(HttpError.prototype);
    expect(Object.getPrototypeOf(RateLimitError.prototype)).toBe(HttpError.prototype);
    expect(Object.getPrototypeOf(UnauthorizedError.prototype)).toBe(HttpError.prototype);
  });

  it('a 2xx is still returned as { data } with throwOnError', async () => {
    const { client } = setup({ throwOnError: true });
    const { data } = await client.GET('/api/v2/users/me');
    expect(data?.id).toBe('me');
  });
});

describe('403 handling', () => {
  it.each(installs)('403 with missing permission body: ForbiddenError with code, permissions, correlation id; no retry (auth as %s)', async (install) => {
    override = () =>
      HttpResponse.json(
        {
          message: 'You are missing the following permission(s): routing:queue:view, routing:queue:edit',
          code: 'missing.permissions',
          status: 403,
          contextId: 'ctx-403',
          messageParams: { permissions: 'routing:queue:view, routing:queue:edit' },
        },
        { status: 403, headers: { 'ININ-Correlation-Id': 'corr-403' } },
      );
    const { client } = setup({ describeError: describeErrorBody }, {}, install);
    const error = (await client.GET('/api/v2/users/me').catch((caught: unknown) => caught)) as ForbiddenError;
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({
      status: 403,
      code: 'missing.permissions',
      correlationId: 'corr-403',
      missingPermissions: ['routing:queue:view', 'routing:queue:edit'],
    });
    expect(error.message).toMatch(/^\[@ccaas\/auth-core\] GET \/api\/v2\/users\/me answered 403 \(missing\.permissions\)/);
    // the 403 message carries the correlation id (support asks for it first)
    expect(error.message).toContain('correlation id corr-403');
    expect(apiCalls).toHaveLength(1);
    expect(tokens.calls).toHaveLength(1);
  });

  it('reads CXone-style bodies and WWW-Authenticate insufficient_scope, and lets describeError override', async () => {
    override = () =>
      HttpResponse.json(
        { error: 'insufficient_scope', errorDescription: 'Scope missing' },
        { status: 403, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="admin agents"' } },
      );
    const { client } = setup({ describeError: (_response, body) => ({ correlationId: `custom-${typeof body}` }) });
    const error = (await client.GET('/api/v2/users/me').catch((caught: unknown) => caught)) as ForbiddenError;
    expect(error).toMatchObject({
      code: 'insufficient_scope',
      serverMessage: 'Scope missing',
      missingPermissions: ['admin', 'agents'],
      correlationId: 'custom-object',
    });
  });
});

describe('429 handling', () => {
  const tooMany = (headers: Record<string, string> = {}) =>
    HttpResponse.json(
      { message: 'Rate limit exceeded the maximum. Retry the request in [3] seconds', code: 'too.many.requests.retry.after', status: 429 },
      { status: 429, headers: { 'ININ-Correlation-Id': 'corr-429', ...headers } },
    );

  it('429 with seconds: waits exactly Retry-After, then succeeds; POST is retried too', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '3' }) : undefined);
    const { client, seen } = setup();
    const pending = client.POST('/api/v2/notes', { body: note });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(apiCalls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const { data } = await pending;
    expect(data?.echoed).toEqual(note);
    expect(apiCalls[1]?.body).toBe(apiCalls[0]?.body);
    expect(seen.filter((entry) => entry.name === 'rateLimited' || entry.name === 'retry')).toEqual([
      { name: 'rateLimited', event: { retryAfterMs: 3_000, attempt: 1, method: 'POST', url: `${API}/api/v2/notes` } },
      { name: 'retry', event: { attempt: 1, delayMs: 3_000, status: 429, method: 'POST', url: `${API}/api/v2/notes`, source: 'request' } },
    ]);
  });

  it('a 429 with Retry-After holds back the other requests of its endpoint family until it has passed', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '3' }) : undefined);
    const { client } = setup();
    const first = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(apiCalls).toHaveLength(1);
    const second = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(apiCalls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await first).data?.id).toBe('me');
    expect((await second).data?.id).toBe('me');
    expect(apiCalls).toHaveLength(3);
  });

  it('a 429 pauses only its endpoint family: requests to other endpoints go on during the Retry-After', async () => {
    override = (request, call) => (call.path === '/api/v2/users/me' ? tooMany({ 'Retry-After': '3' }) : undefined);
    const { client } = setup();
    const limited = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(10);
    const other = await client.GET('/api/v2/routing/queues');
    expect(other.response.status).toBe(200);
    expect(apiCalls.map((call) => call.path)).toEqual(['/api/v2/users/me', '/api/v2/routing/queues']);
    override = undefined;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(((await limited) as { data?: { id: string } }).data?.id).toBe('me');
  });

  it('a Retry-After above maxDelayMs throws at once and pauses the family\'s siblings until it has passed', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '120' }) : undefined);
    const { client } = setup({ retry: { maxDelayMs: 60_000 } });
    const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RateLimitError', reason: 'retry_after_exceeds_cap', retryAfterMs: 120_000 });
    let siblingDone = false;
    const sibling = client.GET('/api/v2/users/me').then((result) => {
      siblingDone = true;
      return result;
    });
    expect((await client.GET('/api/v2/routing/queues')).response.status).toBe(200);
    await vi.advanceTimersByTimeAsync(119_999);
    expect(siblingDone).toBe(false);
    expect(apiCalls.filter((call) => call.path === '/api/v2/users/me')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await sibling).data?.id).toBe('me');
  });

  it('paces from inin-ratelimit-* headers: 60 GETs, 6 in flight, a 10-per-second window, not one 429', async () => {
    let windowStart = -1;
    let count = 0;
    let limited = 0;
    override = () => {
      const now = Date.now();
      const start = Math.floor(now / 1_000) * 1_000;
      if (start !== windowStart) [windowStart, count] = [start, 0];
      count += 1;
      const headers = { 'inin-ratelimit-allowed': '10', 'inin-ratelimit-count': String(count), 'inin-ratelimit-reset': '1' };
      if (count <= 10) return HttpResponse.json({ id: 'me' }, { headers });
      limited += 1;
      return tooMany({ ...headers, 'Retry-After': '1' });
    };
    const { client, seen } = setup();
    let started = 0;
    const worker = async () => {
      while (started < 60) {
        started += 1;
        const { data } = await client.GET('/api/v2/users/me');
        expect(data?.id).toBe('me');
      }
    };
    const done = Promise.all(Array.from({ length: 6 }, worker));
    await vi.advanceTimersByTimeAsync(20_000);
    await done;
    expect(limited).toBe(0);
    expect(apiCalls).toHaveLength(60);
    expect(seen.filter((entry) => entry.name === 'rateLimited')).toEqual([]);
  });

  it('learns the allowance from 429s when the server sends no rate-limit headers: 600 GETs, 20 in flight, a 20-per-second window', async () => {
    let windowStart = -1;
    let count = 0;
    const limitedPerWindow = new Map<number, number>();
    override = () => {
      const now = Date.now();
      const start = Math.floor(now / 1_000) * 1_000;
      if (start !== windowStart) [windowStart, count] = [start, 0];
      count += 1;
      if (count <= 20) return HttpResponse.json({ id: 'me' }); // Genesys since 2021: no inin-ratelimit-* at all
      limitedPerWindow.set(start, (limitedPerWindow.get(start) ?? 0) + 1);
      return tooMany({ 'Retry-After': String(Math.ceil((start + 1_000 - now) / 1_000)) });
    };
    const { client } = setup();
    let started = 0;
    let finishedAt = 0;
    const worker = async () => {
      while (started < 600) {
        started += 1;
        const { data } = await client.GET('/api/v2/users/me');
        expect(data?.id).toBe('me');
      }
      finishedAt = Math.max(finishedAt, Date.now());
    };
    const startedAt = Date.now();
    const done = Promise.all(Array.from({ length: 20 }, worker));
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    // only the first spent window answers 429 (the sends in flight when it was spent); then the pace holds
    expect(limitedPerWindow.size).toBe(1);
    expect([...limitedPerWindow.values()][0]).toBeLessThanOrEqual(20);
    expect(apiCalls.length).toBeLessThanOrEqual(620);
    // simulated time (fake clock), not wall-clock: N/R = 30 s; paced one step (3%, at least 1: here 1 of 20) below
    // the allowance, 19 per second, so at most 1.10x N/R
    expect(finishedAt - startedAt).toBeLessThanOrEqual(33_000);
  });

  it('a family pause that would end after the call\'s deadline fails it at once with RequestTimeoutError (nothing sent)', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '30' }) : undefined);
    const { client } = setup({ timeoutMs: 10_000 });
    void client.GET('/api/v2/users/me').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10);
    const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as Error).message).toMatch(/rate limiter would hold it back another 29990 ms/);
    expect(apiCalls).toHaveLength(1);
  });

  it('a family pause longer than what is left of maxTotalWaitMs fails at once with RateLimitError rate_limit_pause', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '30' }) : undefined);
    const { client } = setup({ retry: { maxTotalWaitMs: 20_000 } });
    void client.GET('/api/v2/users/me').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10);
    const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RateLimitError', code: 'rate_limit_pause', reason: 'total_wait_exceeded', retryAfterMs: 29_990 });
    expect(apiCalls).toHaveLength(1);
  });

  it('rateLimit that is neither an options object nor false is a ConfigurationError naming the option', () => {
    expect(() => setup({ rateLimit: 'on' as never })).toThrow(expect.objectContaining({ name: 'ConfigurationError', option: 'rateLimit' }));
  });

  it('pauseOnRateLimit: false lets other requests through during a Retry-After', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '3' }) : undefined);
    const { client } = setup({ retry: { pauseOnRateLimit: false } });
    const first = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await client.GET('/api/v2/users/me')).data?.id).toBe('me');
    expect(apiCalls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await first).data?.id).toBe('me');
  });

  it('an abort ends the wait for a rate-limit pause at once with the abort reason', async () => {
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': '30' }) : undefined);
    const { client } = setup();
    void client.GET('/api/v2/users/me').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10);
    const controller = new AbortController();
    const waiting = client.GET('/api/v2/users/me', { signal: controller.signal }).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error('caller gave up'));
    expect(((await waiting) as Error).message).toBe('caller gave up');
    expect(apiCalls).toHaveLength(1);
  });

  it('429 with HTTP-date: waits until that date', async () => {
    const retryAt = new Date(Date.now() + 7_000).toUTCString();
    override = (_request, _call, index) => (index === 0 ? tooMany({ 'Retry-After': retryAt }) : undefined);
    const { client } = setup();
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(6_999);
    expect(apiCalls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).data?.id).toBe('me');
  });

  it('429 without Retry-After: full-jitter exponential backoff, then RateLimitError when retries run out', async () => {
    override = () => tooMany();
    const { client, seen } = setup({ retry: { maxRetries: 3, baseDelayMs: 1_000 } });
    const pending = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = (await pending) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, reason: 'retries_exhausted', attempts: 3, code: 'too.many.requests.retry.after', correlationId: 'corr-429' });
    expect(error.retryAfterMs).toBeUndefined();
    // still rate limited after the retries: the message says which options to change, and carries the correlation id
    expect(error.message).toContain('still rate limited after 3 retries: raise retry.maxRetries, or lower this client\'s request rate (rateLimit)');
    expect(error.message).toContain('correlation id corr-429');
    // random() = 0.5 -> half of min(maxDelay, base * 2^n)
    expect(seen.filter((entry) => entry.name === 'retry').map((entry) => (entry.event as { delayMs: number }).delayMs)).toEqual([500, 1_000, 2_000]);
    expect(apiCalls).toHaveLength(4);
  });

  it('Retry-After over cap: fails fast with RateLimitError carrying retryAfterMs', async () => {
    override = () => tooMany({ 'Retry-After': '3600' });
    const { client } = setup({ retry: { maxDelayMs: 60_000 } });
    const error = (await client.GET('/api/v2/users/me').catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ reason: 'retry_after_exceeds_cap', retryAfterMs: 3_600_000, attempts: 0 });
    expect(apiCalls).toHaveLength(1);
  });

  it('stops when the total wait budget would be exceeded', async () => {
    override = () => tooMany({ 'Retry-After': '40' });
    const { client } = setup({ retry: { maxTotalWaitMs: 60_000 } });
    const pending = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(await pending).toMatchObject({ name: 'RateLimitError', reason: 'total_wait_exceeded', attempts: 1, retryAfterMs: 40_000 });
    expect(apiCalls).toHaveLength(2);
  });
});

describe('5xx and network errors', () => {
  const unavailable = () => HttpResponse.json({ code: 'service.unavailable' }, { status: 503 });

  it('503 on GET is retried with backoff', async () => {
    override = (_request, _call, index) => (index < 2 ? unavailable() : undefined);
    const { client, seen } = setup();
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    expect(apiCalls).toHaveLength(3);
    expect(seen.filter((entry) => entry.name === 'retry').map((entry) => entry.event)).toMatchObject([
      { attempt: 1, status: 503, delayMs: 250 },
      { attempt: 2, status: 503, delayMs: 500 },
    ]);
  });

  it('503 on POST is not retried (returned as the openapi-fetch error result)', async () => {
    override = () => unavailable();
    const { client } = setup();
    const result = await client.POST('/api/v2/notes', { body: note });
    expect(result.response.status).toBe(503);
    expect(result.error).toEqual({ code: 'service.unavailable' });
    expect(apiCalls).toHaveLength(1);
  });

  it('503 on POST is retried when the caller opts in with an Idempotency-Key header', async () => {
    override = (_request, _call, index) => (index === 0 ? unavailable() : undefined);
    const { client } = setup();
    const pending = client.POST('/api/v2/notes', { body: note, headers: { [IDEMPOTENCY_KEY_HEADER]: 'note-1' } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).response.status).toBe(201);
    expect(apiCalls).toHaveLength(2);
  });

  it('503 retries stop after maxRetries and return the last 503', async () => {
    override = () => unavailable();
    const { client } = setup({ retry: { maxRetries: 2 } });
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await pending).response.status).toBe(503);
    expect(apiCalls).toHaveLength(3);
  });

  it.each(installs)('a network error on GET is retried; on POST it is thrown (auth as %s)', async (install) => {
    override = (_request, _call, index) => (index === 0 ? HttpResponse.error() : undefined);
    const { client } = setup({}, {}, install);
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    apiCalls.length = 0;
    override = () => HttpResponse.error();
    await expect(client.POST('/api/v2/notes', { body: note })).rejects.toThrow(NetworkError);
    expect(apiCalls).toHaveLength(1);
  });

  it('retries can be switched off (the single 401 replay still happens)', async () => {
    override = (_request, call) => (call.token === 'access-1' ? unavailable() : undefined);
    const { client } = setup({ retry: false });
    expect((await client.GET('/api/v2/users/me')).response.status).toBe(503);
    expect(apiCalls).toHaveLength(1);
  });
});

describe('abort', () => {
  it('abort during backoff: rejects at once with the abort reason and sends nothing more', async () => {
    override = () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '30' } });
    const { client } = setup();
    const controller = new AbortController();
    const pending = client.GET('/api/v2/users/me', { signal: controller.signal }).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(1_000);
    const reason = new Error('user navigated away');
    controller.abort(reason);
    expect(await pending).toBe(reason);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(apiCalls).toHaveLength(1);
  });

  it('a signal aborted before the call, with a fresh token held: rejects with the abort reason and sends nothing', async () => {
    const { client } = setup();
    await client.GET('/api/v2/users/me');
    const reason = new Error('cancelled before sending');
    const error = await client.GET('/api/v2/users/me', { signal: AbortSignal.abort(reason) }).catch((caught: unknown) => caught);
    expect(error).toBe(reason);
    expect(apiCalls).toHaveLength(1);
  });

  it.each(installs)('abort while waiting for a token: rejects with the abort reason (auth as %s)', async (install) => {
    tokens.respondWith(async () => {
      await delay(5_000);
      return tokens.defaultResponse();
    });
    const { client } = setup({}, {}, install);
    const controller = new AbortController();
    const pending = client.GET('/api/v2/users/me', { signal: controller.signal }).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('cancelled'));
    expect(await pending).toMatchObject({ message: 'cancelled' });
    expect(apiCalls).toHaveLength(0);
  });
});

describe('token endpoint faults seen through the middleware', () => {
  it.each([
    ['500', () => new HttpResponse('oops', { status: 500 }), 'token_endpoint_error'],
    ['non-JSON', () => new HttpResponse('<html></html>', { headers: { 'content-type': 'text/html' } }), 'token_response_not_json'],
    [
      'timeout',
      async () => {
        await delay('infinite');
        return new HttpResponse(null);
      },
      'token_request_timeout',
    ],
  ])('token endpoint %s: the API call rejects with TokenRequestError and is never sent', async (_name, respond, code) => {
    tokens.respondWith(respond);
    const { client } = setup({}, { tokenRequestRetries: 0, tokenRequestTimeoutMs: 1_000 });
    const pending = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await pending;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code });
    expect(apiCalls).toHaveLength(0);
  });
});

// ---- deadlines, retained bodies, dispatchers, Retry-After, plain http, persistent 401s: each written first against the previous middleware ----

/** Follows a call: `settled()` says whether it has finished (resolved or rejected), `outcome` is its result or error. */
function follow<T>(call: Promise<T>) {
  let settled = false;
  const outcome = call.catch((caught: unknown) => caught).finally(() => (settled = true));
  return { outcome, settled: () => settled };
}

describe('one per-call deadline (timeoutMs) and pauses charged to maxTotalWaitMs', () => {
  const tooMany = (retryAfter: string) => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': retryAfter } });

  it('a rate-limit pause that extends while a call waits is charged to maxTotalWaitMs (the call never waits past its budget)', async () => {
    // A's 429 pauses the client for 1 s; D's slow 429 arrives at 999 ms and extends the pause to 1,999 ms
    const seenPaths = new Map<string, number>();
    override = async (_request, call) => {
      const count = (seenPaths.get(call.path) ?? 0) + 1;
      seenPaths.set(call.path, count);
      if (count > 1) return undefined;
      if (call.path === '/api/v2/texts') await delay(999);
      return tooMany('1');
    };
    // pauses are per endpoint family: one family for every path, so that D's 429 pauses A too
    const { client } = setup({ retry: { maxTotalWaitMs: 1_000 }, rateLimit: { endpointFamily: () => '/api/v2' } });
    const a = follow(client.GET('/api/v2/users/me'));
    const d = client.PUT('/api/v2/texts', { body: 'd', bodySerializer: (body) => body, headers: { 'Content-Type': 'text/plain' } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(a.settled()).toBe(true);
    expect(await a.outcome).toMatchObject({ name: 'RateLimitError', reason: 'total_wait_exceeded' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await d).response.status).toBe(200);
  });

  it('timeoutMs bounds backoff and retries: the call fails with RequestTimeoutError instead of waiting past it', async () => {
    override = () => HttpResponse.json({ code: 'service.unavailable' }, { status: 503 });
    const { client } = setup({ timeoutMs: 5_000, retry: { baseDelayMs: 2_000, maxRetries: 10 } });
    const pending = follow(client.GET('/api/v2/users/me'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(pending.settled()).toBe(true);
    const error = await pending.outcome;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ code: 'request_timeout', method: 'GET', url: `${API}/api/v2/users/me`, timeoutMs: 5_000 });
    expect((error as Error).message).toMatch(/^\[@ccaas\/auth-core\] GET https:\/\/api\.test\/api\/v2\/users\/me did not complete within timeoutMs \(5000 ms\)/);
  });

  it('timeoutMs covers the wait for a token refresh', async () => {
    tokens.respondWith(async () => {
      await delay('infinite');
      return new HttpResponse(null);
    });
    const { client } = setup({ timeoutMs: 2_000 }, { tokenRequestTimeoutMs: 10_000 });
    const pending = follow(client.GET('/api/v2/users/me'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(pending.settled()).toBe(true);
    expect(await pending.outcome).toBeInstanceOf(RequestTimeoutError);
    expect(apiCalls).toHaveLength(0);
  });

  it('timeoutMs covers a send in flight', async () => {
    override = async () => {
      await delay(60_000);
      return undefined;
    };
    const { client } = setup({ timeoutMs: 2_000 });
    const pending = follow(client.GET('/api/v2/users/me'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(pending.settled()).toBe(true);
    expect(await pending.outcome).toMatchObject({ name: 'RequestTimeoutError', code: 'request_timeout' });
  });
});

describe('no request body is kept when the call ends without this middleware hearing of it', () => {
  it.each([
    ['', {}],
    [' (with a timeoutMs deadline pending)', { timeoutMs: 600_000 }],
  ])('200 x 1 MiB POSTs answered by a later middleware from onRequest, or failed by a throwing middleware, do not retain their bodies%s', async (_name, middlewareOptions) => {
    vi.useRealTimers();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { tm } = setup();
    const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
    let calls = 0;
    client.use(authMiddleware(tm, middlewareOptions), {
      onRequest() {
        calls += 1;
        if (calls % 2 === 0) throw new Error('a later middleware failed');
        return new Response(JSON.stringify({ echoed: 'cached', token: 'none' }), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const send = async (index: number) => {
      // a distinct 1 MiB body per call (a shared string would be retained once, whatever the middleware keeps)
      const text = `${index}:`.padEnd(1 << 20, 'x');
      await client.POST('/api/v2/notes', { body: { text, tags: [] } }).catch(() => undefined);
    };
    // bodies of settled fetches are released over a few turns (external buffers, stream finalisers): collect until
    // the heap stops shrinking, so a busy machine's GC timing cannot pass for a leak
    const settledHeap = async () => {
      let least = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 5; round++) {
        gc();
        await new Promise((resolve) => setImmediate(resolve));
        const { heapUsed, external } = process.memoryUsage();
        least = Math.min(least, heapUsed + external);
      }
      return least;
    };
    await send(0);
    const before = await settledHeap();
    for (let index = 1; index <= 200; index++) await send(index);
    const grownMiB = ((await settledHeap()) - before) / 2 ** 20;
    // keeping the bodies would retain at least 200 MiB; anything under half of that means none is kept per call
    expect(grownMiB).toBeLessThan(100);
  });
});

describe('replays and retries keep openapi-fetch\'s second fetch argument (undici dispatcher)', () => {
  it('the replay after a 401 and the retry after a 429 get the client\'s requestInitExt and a per-call dispatcher', async () => {
    const clientDispatcher = { name: 'client-wide proxy agent' };
    const callDispatcher = { name: 'per-call mTLS agent' };
    const inits: Array<RequestInit | undefined> = [];
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    const requestInitExt = { dispatcher: clientDispatcher };
    const client = createClient<paths>({
      baseUrl: API,
      requestInitExt,
      fetch: (request: Request, init?: RequestInit) => {
        inits.push(init);
        return globalThis.fetch(request);
      },
    } as never);
    client.use(authMiddleware(tm, { random: () => 0.5, requestInitExt } as AuthMiddlewareOptions));
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    override = (_request, _call, index) =>
      index === 2 ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '1' } }) : undefined;
    inits.length = 0;
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.token).toBe('access-2');
    // first send (by openapi-fetch), replay after 401 (429), retry after the 429
    expect(inits.map((init) => (init as { dispatcher?: unknown } | undefined)?.dispatcher)).toEqual([
      clientDispatcher,
      clientDispatcher,
      clientDispatcher,
    ]);

    revoked.add('access-2');
    inits.length = 0;
    await client.GET('/api/v2/users/me', { dispatcher: callDispatcher } as never);
    expect(inits.slice(1).map((init) => (init as { dispatcher?: unknown } | undefined)?.dispatcher)).toEqual([callDispatcher]);
  });
});

describe('strict Retry-After on API responses', () => {
  it('a 429 whose Retry-After is neither delta-seconds nor an IMF-fixdate ("a 1") backs off instead of retrying at once', async () => {
    override = (_request, _call, index) =>
      index === 0 ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': 'a 1' } }) : undefined;
    const { client, seen } = setup();
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(0);
    expect(apiCalls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(250);
    expect((await pending).data?.id).toBe('me');
    expect(seen.find((entry) => entry.name === 'rateLimited')?.event).toMatchObject({ retryAfterMs: 250 });
  });
});

describe('strict Retry-After on token endpoint responses', () => {
  it('a token endpoint 503 with Retry-After "x 2031" is retried with backoff (the header counts as absent)', async () => {
    tokens.respondWith((_call, index) =>
      index === 0 ? new HttpResponse('busy', { status: 503, headers: { 'Retry-After': 'x 2031' } }) : tokens.defaultResponse(),
    );
    const { client, seen } = setup({}, { random: () => 0.5 });
    const pending = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(125);
    expect(await pending).toMatchObject({ data: { token: 'access-1' } });
    expect(tokens.calls).toHaveLength(2);
    expect(seen.find((entry) => entry.name === 'retry')?.event).toMatchObject({ source: 'token', delayMs: 125, status: 503 });
  });
});

describe('the bearer token never goes out over plain http (loopback aside)', () => {
  it('an http API base URL on a non-loopback host fails with InsecureTransportError naming the URL; nothing is sent', async () => {
    const plain: ApiCall[] = [];
    server.use(
      http.all('http://api.plain.test/*', ({ request }) => {
        plain.push({ method: request.method, path: new URL(request.url).pathname, token: request.headers.get('authorization') ?? undefined, body: '', contentType: null });
        return HttpResponse.json({ id: 'me', token: 'leaked' });
      }),
    );
    const { tm } = setup();
    const client = createClient<paths>({ baseUrl: 'http://api.plain.test', fetch: (request) => globalThis.fetch(request) });
    client.use(authMiddleware(tm));
    const error = await client.GET('/api/v2/users/me', { params: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(error).toMatchObject({ code: 'insecure_transport', url: 'http://api.plain.test/api/v2/users/me', method: 'GET' });
    expect((error as Error).message).toBe(
      '[@ccaas/auth-core] refusing to send the access token over plain http to http://api.plain.test/api/v2/users/me: use an https API base URL (http is allowed only for loopback hosts such as localhost and 127.0.0.1)',
    );
    expect(plain).toHaveLength(0);
    expect(tokens.calls).toHaveLength(0);
  });

  it('http to a loopback host (a local sandbox) is allowed', async () => {
    server.use(http.get('http://127.0.0.1:9/api/v2/users/me', () => HttpResponse.json({ id: 'local', token: 'x' })));
    const { tm } = setup();
    const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:9', fetch: (request) => globalThis.fetch(request) });
    client.use(authMiddleware(tm));
    expect((await client.GET('/api/v2/users/me')).data?.id).toBe('local');
  });

  it('after a loopback http call was let through, plain http to another host (or a look-alike URL) is still refused', async () => {
    const plain: string[] = [];
    server.use(
      http.get('http://127.0.0.1:9/api/v2/users/me', () => HttpResponse.json({ id: 'local', token: 'x' })),
      ...['http://api.plain.test/*', 'http://127.0.0.1.plain.test:9/*'].map((pattern) =>
        http.all(pattern, ({ request }) => {
          plain.push(request.url);
          return HttpResponse.json({ id: 'me', token: 'leaked' });
        }),
      ),
    );
    const { tm } = setup();
    const client = createClient<paths>({ fetch: (request) => globalThis.fetch(request) });
    client.use(authMiddleware(tm));
    expect((await client.GET('/api/v2/users/me', { baseUrl: 'http://127.0.0.1:9' })).data?.id).toBe('local');
    for (const baseUrl of ['http://api.plain.test', 'http://127.0.0.1.plain.test:9']) {
      const error = await client.GET('/api/v2/users/me', { baseUrl }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InsecureTransportError);
    }
    expect((await client.GET('/api/v2/users/me', { baseUrl: 'http://127.0.0.1:9' })).data?.id).toBe('local');
    expect(plain).toHaveLength(0);
  });
});

describe('a persistent 401 fails fast instead of costing a token request per call', () => {
  const alwaysUnauthorized: Override = () =>
    HttpResponse.json({ message: 'Invalid login credentials.', code: 'bad.credentials' }, { status: 401 });

  it('after a refresh + replay still answered 401, 10 calls cost 2 token requests, not 11; the window then ends', async () => {
    override = alwaysUnauthorized;
    const { client } = setup();
    for (let call = 0; call < 10; call++) {
      const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect(error).toMatchObject({ status: 401, code: 'bad.credentials' });
    }
    expect(tokens.calls).toHaveLength(2);
    expect(apiCalls).toHaveLength(11);
    await vi.advanceTimersByTimeAsync(30_000);
    await client.GET('/api/v2/users/me').catch(() => undefined);
    expect(tokens.calls).toHaveLength(3);
  });

  it('the fail-fast window is configurable (unauthorizedFailFastMs: 0 refreshes on every 401 as before)', async () => {
    override = alwaysUnauthorized;
    const { client } = setup({ unauthorizedFailFastMs: 0 });
    for (let call = 0; call < 3; call++) await client.GET('/api/v2/users/me').catch(() => undefined);
    expect(tokens.calls).toHaveLength(4);
  });

  it('a call whose token differs from the persistently rejected one still refreshes and replays', async () => {
    override = (_request, call) => (call.token === 'access-2' || call.token === 'access-1' ? alwaysUnauthorized(_request, call, 0) : undefined);
    const { client, tm } = setup();
    await client.GET('/api/v2/users/me').catch(() => undefined);
    expect(tokens.calls).toHaveLength(2);
    await tm.refresh();
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-3');
  });
});

describe('onAttempt sees every real attempt', () => {
  it('token request, first send (429), retry (401), token refresh, replay (200): each with reason, timing and outcome', async () => {
    const start = Date.now();
    override = (_request, _call, index) => {
      if (index !== 0) return undefined;
      revoked.add('access-1'); // the retry meets a token the server no longer accepts
      return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '1' } });
    };
    const attempts: AttemptEvent[] = [];
    const { tm } = setup();
    const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
    const logged: string[] = [];
    // a logging middleware registered before authMiddleware sees the call's request and its final response
    client.use(
      {
        onRequest: ({ request }) => void logged.push(`req ${request.method}`),
        onResponse: ({ response }) => void logged.push(`res ${response.status}`),
      },
      authMiddleware(tm, { random: () => 0.5, onAttempt: (event) => attempts.push(event) }),
    );
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.token).toBe('access-2');
    expect(logged).toEqual(['req GET', 'res 200']);
    const url = `${API}/api/v2/users/me`;
    expect(attempts).toEqual([
      { kind: 'token', grantType: 'client_credentials', attempt: 1, url: tokens.url, startedAt: start, durationMs: 0, outcome: 'response', status: 200 },
      { kind: 'request', reason: 'first', attempt: 1, method: 'GET', url, startedAt: start, durationMs: 0, outcome: 'response', status: 429 },
      { kind: 'request', reason: 'retry', attempt: 2, method: 'GET', url, startedAt: start + 1_000, durationMs: 0, outcome: 'response', status: 401 },
      { kind: 'token', grantType: 'client_credentials', attempt: 1, url: tokens.url, startedAt: start + 1_000, durationMs: 0, outcome: 'response', status: 200 },
      { kind: 'request', reason: 'replay', attempt: 3, method: 'GET', url, startedAt: start + 1_000, durationMs: 0, outcome: 'response', status: 200 },
    ]);
  });

  it('a failed token attempt reports its status and code; a throwing onAttempt never breaks the call', async () => {
    tokens.respondWith((_call, index) => (index === 0 ? new HttpResponse('down', { status: 503 }) : tokens.defaultResponse()));
    const attempts: AttemptEvent[] = [];
    const { client } = setup({
      onAttempt: (event) => {
        attempts.push(event);
        throw new Error('hook bug');
      },
    });
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    expect(attempts.map((event) => [event.kind, event.attempt, event.outcome, event.status, event.kind === 'token' ? event.code : undefined])).toEqual([
      ['token', 1, 'response', 503, 'token_endpoint_error'],
      ['token', 2, 'response', 200, undefined],
      ['request', 1, 'response', 200, undefined],
    ]);
  });
});

describe('the synchronous success path (a fresh token held, the rate limiter grants at once, a pass-through status)', () => {
  it('a send with a fresh token held gets plain values from onRequest and onResponse, not promises, and asks getToken nothing', async () => {
    const { tm } = setup();
    await tm.getToken();
    const getToken = vi.spyOn(tm, 'getToken');
    const middleware = authMiddleware(tm);
    const options = { fetch: globalThis.fetch };
    const request = new Request(`${API}/api/v2/users/me`);
    const sent = middleware.onRequest({ request, id: '1', options });
    expect(sent).toBeUndefined();
    expect(request.headers.get('authorization')).toBe('Bearer access-1');
    expect(middleware.onResponse({ request, id: '1', options, response: new Response('{}', { status: 200 }) })).toBeUndefined();
    expect(getToken).not.toHaveBeenCalled();
  });

  it.each([
    ['timeoutMs', { timeoutMs: 60_000 }],
    ['onAttempt', { onAttempt: () => undefined }],
  ])('with %s the send sets up its deadline or timing on the awaited path and still goes with the held token', async (_name, middlewareOptions: AuthMiddlewareOptions) => {
    const { tm } = setup();
    await tm.getToken();
    const middleware = authMiddleware(tm, middlewareOptions);
    const options = { fetch: globalThis.fetch };
    const request = new Request(`${API}/api/v2/users/me`);
    const sent = (await middleware.onRequest({ request, id: '1', options })) ?? request;
    expect(sent.headers.get('authorization')).toBe('Bearer access-1');
    expect(await middleware.onResponse({ request: sent, id: '1', options, response: new Response('{}', { status: 200 }) })).toBeUndefined();
  });

  it('a 401 after a synchronous send still replays once with a refreshed token', async () => {
    const { client, tm } = setup();
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const getToken = vi.spyOn(tm, 'getToken');
    const { data } = await client.GET('/api/v2/users/me');
    expect(data?.token).toBe('access-2');
    expect(apiCalls.map((call) => call.token)).toEqual(['access-1', 'access-1', 'access-2']);
    // the first send took the held token at once; only the 401 asked for one, naming the token it rejected
    expect(getToken.mock.calls.map(([options]) => options?.rejectedToken)).toEqual(['access-1']);
    expect(tokens.calls).toHaveLength(2);
  });

  it('a POST body is still replayed after a 401 when the send took the fast path', async () => {
    const { client, tm } = setup();
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const getToken = vi.spyOn(tm, 'getToken');
    const { data, response } = await client.POST('/api/v2/notes', { body: note });
    expect(response.status).toBe(201);
    expect(data).toEqual({ echoed: note, token: 'access-2' });
    const posts = apiCalls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => [call.token, call.body, call.contentType])).toEqual([
      ['access-1', JSON.stringify(note), 'application/json'],
      ['access-2', JSON.stringify(note), 'application/json'],
    ]);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('a later middleware that replaces the request does not lose a synchronous send: its 401 still replays once', async () => {
    const { tm } = setup();
    const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
    client.use(authMiddleware(tm), {
      onRequest({ request }) {
        const copy = new Request(request);
        copy.headers.set('x-trace', 'later middleware');
        return copy;
      },
    });
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    const { data } = await client.GET('/api/v2/users/me');
    expect(data?.token).toBe('access-2');
    expect(apiCalls.map((call) => call.token)).toEqual(['access-1', 'access-1', 'access-2']);
  });

  it('after tokenManager.clear() or expire() the next call waits for a new token: the synchronous send keeps no token of its own', async () => {
    const { client, tm } = setup();
    await client.GET('/api/v2/users/me');
    await tm.clear();
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-2');
    await tm.expire();
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-3');
    expect(tokens.calls).toHaveLength(3);
  });

  it('a token source of its own (not createTokenManager) is asked through getToken for every call', async () => {
    let asked = 0;
    const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
    client.use(authMiddleware({ getToken: async () => `access-${++asked}` }));
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-1');
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-2');
    expect(asked).toBe(2);
  });
});

describe('authFetch, the same auth as openapi-fetch\'s fetch (no middleware installed)', () => {
  it('a middleware added with use sees the request before the Authorization header and only the final response after a 401 replay', async () => {
    const { client } = setup({}, {}, 'fetch');
    const seen: string[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(`request authorization: ${request.headers.get('authorization')}`);
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
    });
    await client.GET('/api/v2/users/me');
    revoked.add('access-1');
    expect((await client.GET('/api/v2/users/me')).data?.token).toBe('access-2');
    expect(seen).toEqual(['request authorization: null', 'response 200', 'request authorization: null', 'response 200']);
    expect(apiCalls.map((call) => call.token)).toEqual(['access-1', 'access-1', 'access-2']);
  });

  it('a 403 rejects the call with ForbiddenError, and a middleware\'s onError sees that typed error', async () => {
    override = () =>
      HttpResponse.json({ message: 'missing permission', code: 'missing.permissions', status: 403 }, { status: 403, headers: { 'ININ-Correlation-Id': 'corr-403' } });
    const { client } = setup({}, {}, 'fetch');
    const onError = vi.fn(() => undefined);
    client.use({ onError });
    const error = await client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ status: 403, code: 'missing.permissions', correlationId: 'corr-403' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]).toEqual([expect.objectContaining({ error })]);
    expect(apiCalls).toHaveLength(1);
  });

  it('a 429 waits Retry-After and retries, with the call\'s fetch init and requestInitExt on the first send and on the retry', async () => {
    const clientDispatcher = { name: 'client-wide proxy agent' };
    const callDispatcher = { name: 'per-call mTLS agent' };
    const inits: Array<Record<string, unknown> | undefined> = [];
    override = (_request, _call, index) => (index === 0 ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '1' } }) : undefined);
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    const send = authFetch(tm, {
      requestInitExt: { dispatcher: clientDispatcher, keepalive: false },
      fetch: (request, init) => {
        if (String(request instanceof Request ? request.url : request).startsWith(API)) inits.push(init as Record<string, unknown>);
        return globalThis.fetch(request);
      },
    });
    const pending = send(new Request(`${API}/api/v2/users/me`), { dispatcher: callDispatcher } as RequestInit);
    await vi.advanceTimersByTimeAsync(1_000);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'me', token: 'access-1' });
    expect(inits).toEqual([
      { dispatcher: callDispatcher, keepalive: false },
      { dispatcher: callDispatcher, keepalive: false },
    ]);
  });

  it('a requestInitExt that is not an object is refused at construction with a ConfigurationError naming it', () => {
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    expect(() => authFetch(tm, { requestInitExt: 'proxy' as never })).toThrow(expect.objectContaining({ code: 'invalid_option', option: 'requestInitExt' }));
  });

  it('a URL string is sent like fetch(url, init): the init\'s headers and body go out, its dispatcher goes with every send', async () => {
    const dispatcher = { name: 'proxy agent' };
    const inits: unknown[] = [];
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    await tm.getToken();
    revoked.add('access-1');
    const send = authFetch(tm, {
      fetch: (request, init) => {
        inits.push((init as { dispatcher?: unknown } | undefined)?.dispatcher);
        return globalThis.fetch(request);
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(note), dispatcher } as RequestInit;
    const response = await send(`${API}/api/v2/notes`, init);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ echoed: note, token: 'access-2' });
    // the 401 to the revoked token, then the replay: both with the dispatcher
    expect(inits.slice(-2)).toEqual([dispatcher, dispatcher]);
    await expect(send('/relative/path')).rejects.toThrow(TypeError);
  });

  it('a fetch that throws instead of rejecting fails that send like a network error: a GET is retried, nothing throws synchronously', async () => {
    let sends = 0;
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    await tm.getToken();
    const send = authFetch(tm, {
      random: () => 0.5,
      fetch: (request) => {
        sends += 1;
        if (sends === 1) throw new TypeError('fetch threw synchronously');
        return globalThis.fetch(request);
      },
    });
    let pending: Promise<Response> | undefined;
    expect(() => (pending = send(new Request(`${API}/api/v2/users/me`)))).not.toThrow();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await (await pending!).json()).toEqual({ id: 'me', token: 'access-1' });
    expect(sends).toBe(2);
    sends = 0;
    await expect(send(new Request(`${API}/api/v2/notes`, { method: 'POST', body: '{}' }))).rejects.toThrow(NetworkError);
  });

  it('a call\'s own fetch (client.GET(path, { fetch })) goes through the same auth via authorizeCallFetch', async () => {
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    const auth = authFetch(tm, { fetch: (request) => globalThis.fetch(request) });
    const client = authorizeCallFetch(createClient<paths>({ baseUrl: API, fetch: auth }), auth);
    const ownFetch = vi.fn((request: Request) => globalThis.fetch(request));
    expect((await client.GET('/api/v2/users/me', { fetch: ownFetch })).data?.token).toBe('access-1');
    revoked.add('access-1');
    const { data } = await client.request('post', '/api/v2/notes', { body: note, fetch: ownFetch });
    expect(data).toEqual({ echoed: note, token: 'access-2' });
    // first GET; the POST's 401 and its replay: all through the call's own fetch, each with a token
    expect(ownFetch).toHaveBeenCalledTimes(3);
    expect(apiCalls.map((call) => call.token)).toEqual(['access-1', 'access-1', 'access-2']);
  });

  it('a call\'s own fetch that already carries the auth is not wrapped again: a 403 still rejects with ForbiddenError, sent once', async () => {
    override = () => HttpResponse.json({ message: 'missing permission', code: 'missing.permissions', status: 403 }, { status: 403 });
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    const auth = authFetch(tm, { fetch: (request) => globalThis.fetch(request) });
    const client = authorizeCallFetch(createClient<paths>({ baseUrl: API, fetch: auth }), auth);
    expect(auth.through(auth)).toBe(auth);
    for (const fetch of [auth, auth.through((request) => globalThis.fetch(request))]) {
      apiCalls.length = 0;
      await expect(client.GET('/api/v2/users/me', { fetch })).rejects.toThrow(ForbiddenError);
      expect(apiCalls).toHaveLength(1);
    }
  });

  it('timeoutMs and onAttempt (the path that keeps a full call record) work the same: a send past the deadline fails with RequestTimeoutError', async () => {
    override = async () => {
      await delay(5_000);
      return undefined;
    };
    const attempts: AttemptEvent[] = [];
    const { client } = setup({ timeoutMs: 2_000, onAttempt: (event) => attempts.push(event) }, {}, 'fetch');
    const pending = client.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toBeInstanceOf(RequestTimeoutError);
    expect(attempts.map((event) => event.kind)).toEqual(['token', 'request']);
  });

  it('plain http to a non-loopback host rejects with InsecureTransportError (a rejected promise, not a synchronous throw); nothing is sent', async () => {
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    await tm.getToken();
    const send = authFetch(tm);
    let pending: Promise<Response> | undefined;
    expect(() => (pending = send(new Request('http://api.plain.test/api/v2/users/me')))).not.toThrow();
    await expect(pending).rejects.toThrow(InsecureTransportError);
    expect(apiCalls).toHaveLength(0);
  });
});

describe('auth lifecycle faults', () => {
  const windowHeaders = { 'inin-ratelimit-allowed': '5', 'inin-ratelimit-count': '1', 'inin-ratelimit-reset': '1' };

  it('a per-call middleware that answers from onRequest or throws does not leak the rate limiter\'s in-flight count: later windows are not taken for full', async () => {
    override = (_request, call) => HttpResponse.json({ id: 'me', token: call.token }, { headers: windowHeaders });
    const { client } = setup({ retry: { maxTotalWaitMs: 120_000 } });
    const outcomes: unknown[] = [];
    const track = (call: Promise<unknown>) =>
      void call.then(
        (value) => outcomes.push(value),
        (error: unknown) => outcomes.push(error),
      );
    // learns the client window: 5 per second, of which the server has counted 1
    track(client.GET('/api/v2/users/me'));
    await vi.advanceTimersByTimeAsync(10);
    const cache = {
      onRequest: () => new Response(JSON.stringify({ id: 'cached' }), { headers: { 'content-type': 'application/json' } }),
    };
    const failing = {
      onRequest: (): undefined => {
        throw new Error('a per-call middleware failed');
      },
    };
    // six sends the limiter let through and never hears of again, within one window of five
    for (let index = 0; index < 3; index++) {
      track(client.GET('/api/v2/users/me', { middleware: [cache] }));
      await vi.advanceTimersByTimeAsync(250);
      track(client.GET('/api/v2/users/me', { middleware: [failing] }));
      await vi.advanceTimersByTimeAsync(250);
    }
    // they no longer count once they would long have been answered (a minute): a window of 5 the server has counted 1
    // of takes 4 sends one after another, paced a fifth of a second apart, instead of one per window
    await vi.advanceTimersByTimeAsync(62_000);
    expect(outcomes).toHaveLength(7);
    const answered: number[] = [];
    const sequential = (async () => {
      for (let index = 0; index < 4; index++) answered.push((await client.GET('/api/v2/users/me')).response.status);
    })();
    await vi.advanceTimersByTimeAsync(900);
    expect(answered).toEqual([200, 200, 200, 200]);
    await sequential;
    expect(outcomes.filter((outcome) => outcome instanceof Error).map((error) => (error as Error).message)).toEqual(
      Array(3).fill('a per-call middleware failed'),
    );
    expect(apiCalls).toHaveLength(5);
  });

  it('authFetch(request, { signal }): an abort of init.signal while backing off ends the call with the abort reason, not a NetworkError after more retries', async () => {
    override = () => HttpResponse.error();
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    const auth = authFetch(tm, { random: () => 0.5, retry: { maxRetries: 5, baseDelayMs: 1_000 } });
    const controller = new AbortController();
    const settled = auth(new Request(`${API}/api/v2/users/me`), { signal: controller.signal }).then(
      () => 'answered',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(apiCalls).toHaveLength(1);
    controller.abort(new Error('caller gave up'));
    await vi.advanceTimersByTimeAsync(60_000);
    const outcome = await settled;
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toBe('caller gave up');
    expect(apiCalls).toHaveLength(1);
  });

  it('a token manager from the other build (CJS next to ESM) still gets the middleware\'s retry events and feeds onAttempt its token requests', async () => {
    // a second instance of the token manager module stands for the other build's copy
    const otherBuild = './token-manager.js?other-build';
    const copy = (await import(/* @vite-ignore */ otherBuild)) as typeof import('./token-manager.js');
    const tm = copy.createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    expect(copy.createTokenManager).not.toBe(createTokenManager);
    const retries: unknown[] = [];
    tm.on('retry', (event) => retries.push(event));
    const attempts: AttemptEvent[] = [];
    override = (_request, _call, index) => (index === 0 ? HttpResponse.json({}, { status: 503 }) : undefined);
    const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
    client.use(authMiddleware(tm, { random: () => 0.5, onAttempt: (event) => attempts.push(event) }));
    const call = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await call).response.status).toBe(200);
    expect(retries).toEqual([expect.objectContaining({ attempt: 1, status: 503, source: 'request' })]);
    expect(attempts.map((event) => event.kind)).toEqual(['token', 'request', 'request']);
  });

  it('an authFetch made per request with onAttempt does not stay subscribed to the token manager: dispose() ends it, and so does dropping the fetch', async () => {
    vi.useRealTimers();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const tm = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    });
    const droppedSeen: AttemptEvent[] = [];
    // made and dropped, as a fetch per request or per tenant is
    ((options: AuthFetchOptions) => void authFetch(tm, options))({ onAttempt: (event) => droppedSeen.push(event) });
    for (let round = 0; round < 3; round++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await tm.refresh();
    expect(droppedSeen).toEqual([]);
    const disposedSeen: AttemptEvent[] = [];
    const disposed = authFetch(tm, { onAttempt: (event) => disposedSeen.push(event) });
    await tm.refresh();
    expect(disposedSeen.map((event) => event.kind)).toEqual(['token']);
    disposed.dispose();
    await tm.refresh();
    expect(disposedSeen).toHaveLength(1);
    expect(droppedSeen).toEqual([]);
  });
});
