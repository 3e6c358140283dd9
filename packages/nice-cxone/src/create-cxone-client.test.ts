import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, InsecureTransportError } from '@ccaas/auth-core';
import { createCxoneClient } from './create-cxone-client.js';
import { adminApi } from './generated/admin.js';
import { DiscoveryError } from './discovery-error.js';
import { paginateCxone } from './paginate-cxone.js';

const issuer = 'https://cxone.niceincontact.com';
const apiEndpoint = 'https://api-eu1.niceincontact.com';
const base = `${apiEndpoint}/inContactAPI/services/v34.0`;
const idToken = (claims: object) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.`;
const counters = { token: 0, discovery: 0 };
let currentToken = '';
let grants: string[] = [];

const server = setupServer(
  http.post(`${issuer}/auth/token`, async ({ request }) => {
    counters.token += 1;
    const form = new URLSearchParams(await request.text());
    grants.push(form.get('grant_type') ?? '');
    if (form.get('grant_type') === 'password') expect(form.get('username')).toBe('key-id');
    else expect(form.get('refresh_token')).toBe(`rt-${counters.token - 1}`);
    currentToken = `at-${counters.token}`;
    return HttpResponse.json({
      access_token: currentToken,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: `rt-${counters.token}`,
      id_token: idToken({ tenantId: 'tenant-7', sub: 'user:1' }),
    });
  }),
  http.get(`${issuer}/.well-known/cxone-configuration`, ({ request }) => {
    counters.discovery += 1;
    return new URL(request.url).searchParams.get('tenantId') === 'tenant-7'
      ? HttpResponse.json({ api_endpoint: apiEndpoint, auth_endpoint: issuer, tenantId: 'tenant-7' })
      : HttpResponse.json({ error: 'not_found' }, { status: 404 });
  }),
  http.get(`${base}/agents/:agentId`, ({ request, params }) =>
    request.headers.get('authorization') === `Bearer ${currentToken}`
      ? HttpResponse.json({ agents: [{ agentId: Number(params.agentId), firstName: 'Grace' }] })
      : HttpResponse.json({ error: 'invalid_token', errorDescription: 'expired' }, { status: 401 }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  counters.token = 0;
  counters.discovery = 0;
  grants = [];
});
afterAll(() => server.close());

const create = (extra: object = {}) =>
  adminApi(createCxoneClient({ accessKeyId: 'key-id', accessKeySecret: 'key-secret', clientId: 'app', clientSecret: 'app-secret', ...extra }));

describe('createCxoneClient', () => {
  it('discovers the tenant API host from the id_token once and addresses calls under /inContactAPI/services/v34.0', async () => {
    const client = create();
    for (const id of [11, 12]) {
      const { data } = await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(id) } } });
      expect(data?.agents?.[0]?.agentId).toBe(id);
    }
    expect(await client.apiBaseUrl()).toBe(apiEndpoint);
    expect(counters).toEqual({ token: 1, discovery: 1 });
    expect(await client.issuedRefreshToken()).toBe(true);
  });

  it('refreshes and replays after the token expires mid-flight (401)', async () => {
    const client = create();
    await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(1) } } });
    currentToken = 'rotated-elsewhere';
    const { data } = await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(2) } } });
    expect(data?.agents?.[0]?.agentId).toBe(2);
    expect(grants).toEqual(['password', 'refresh_token']);
    expect(counters.discovery).toBe(1);
  });

  it.each([
    ['a discovered API host', {}],
    ['a given apiEndpoint', { apiEndpoint }],
  ])('with %s, middleware added with use sees the API URL without Authorization and only the final response after a 401 replay', async (_case, extra) => {
    const client = create(extra);
    const seen: string[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(`${request.url} authorization: ${request.headers.get('authorization')}`);
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
    });
    await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(1) } } });
    currentToken = 'rotated-elsewhere';
    const { data } = await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(2) } } });
    expect(data?.agents?.[0]?.agentId).toBe(2);
    expect(seen).toEqual([`${base}/agents/1 authorization: null`, 'response 200', `${base}/agents/2 authorization: null`, 'response 200']);
  });

  it("a call's own fetch option still sends the token and replays after a 401", async () => {
    const client = create({ apiEndpoint });
    const sent: string[] = [];
    const ownFetch = (request: Request) => {
      sent.push(String(request.headers.get('authorization')));
      return fetch(request);
    };
    await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(1) } }, fetch: ownFetch });
    currentToken = 'rotated-elsewhere';
    const { data } = await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(2) } }, fetch: ownFetch });
    expect(data?.agents?.[0]?.agentId).toBe(2);
    expect(sent).toEqual(['Bearer at-1', 'Bearer at-1', 'Bearer at-2']);
  });

  it('raises DiscoveryError when the tenant is unknown, and retries discovery on the next call', async () => {
    const client = create({ tenantId: 'no-such-tenant' });
    const error = await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(1) } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscoveryError);
    expect(error).toMatchObject({ status: 404, code: 'discovery_failed' });
    await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(1) } } }).catch(() => undefined);
    expect(counters.discovery).toBe(2);
  });

  it("one caller's abort during the shared discovery releases only that caller", async () => {
    server.use(
      http.get(`${issuer}/.well-known/cxone-configuration`, async () => {
        counters.discovery += 1;
        await delay(300);
        return HttpResponse.json({ api_endpoint: apiEndpoint, auth_endpoint: issuer, tenantId: 'tenant-7' });
      }),
    );
    const client = create();
    const impatient = new AbortController();
    const first = client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: '1' } }, signal: impatient.signal });
    const second = client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: '2' } } });
    setTimeout(() => impatient.abort(new Error('first caller gave up')), 100);
    await expect(first).rejects.toThrow('first caller gave up');
    const { data } = await second;
    expect(data?.agents?.[0]?.agentId).toBe(2);
    expect(counters.discovery).toBe(1);
  });

  it('discovery has a timeout of its own (discoveryTimeoutMs)', async () => {
    server.use(
      http.get(`${issuer}/.well-known/cxone-configuration`, async () => {
        counters.discovery += 1;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const client = create({ discoveryTimeoutMs: 200 });
    const error = await client
      .GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: '1' } }, signal: AbortSignal.timeout(5_000) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscoveryError);
    expect(error).toMatchObject({ code: 'discovery_timeout' });
  });

  it('skips discovery when apiEndpoint is given', async () => {
    const client = create({ apiEndpoint });
    await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(3) } } });
    expect(counters.discovery).toBe(0);
  });

  it('a discovered api_endpoint on plain http gets no bearer token (InsecureTransportError naming the URL)', async () => {
    const plainApi: string[] = [];
    server.use(
      http.get(`${issuer}/.well-known/cxone-configuration`, () =>
        HttpResponse.json({ api_endpoint: 'http://api-eu1.niceincontact.com', auth_endpoint: issuer, tenantId: 'tenant-7' }),
      ),
      http.get('http://api-eu1.niceincontact.com/*', ({ request }) => {
        plainApi.push(request.headers.get('authorization') ?? '');
        return HttpResponse.json({ agents: [] });
      }),
    );
    const error = await create()
      .GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: '1' } } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(error).toMatchObject({
      code: 'insecure_transport',
      url: 'http://api-eu1.niceincontact.com/inContactAPI/services/v34.0/agents/1',
    });
    expect(plainApi).toEqual([]);
  });

  it('withPaths sends a caller-typed operation through the same discovery, token and 401 replay', async () => {
    interface BetaPaths {
      '/beta/widgets/{widgetId}': {
        parameters: { query?: never; header?: never; path: { widgetId: string }; cookie?: never };
        get: {
          parameters: { query?: never; header?: never; path: { widgetId: string }; cookie?: never };
          requestBody?: never;
          responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': { id: string; auth: string } } } };
        };
      };
    }
    server.use(
      http.get(`${apiEndpoint}/beta/widgets/:widgetId`, ({ request, params }) =>
        request.headers.get('authorization') === `Bearer ${currentToken}`
          ? HttpResponse.json({ id: String(params.widgetId), auth: request.headers.get('authorization') })
          : HttpResponse.json({ error: 'invalid_token', errorDescription: 'expired' }, { status: 401 }),
      ),
    );
    const client = create();
    const beta = client.withPaths<BetaPaths>();
    expect(beta).toBe(client);
    await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: '1' } } });
    currentToken = 'rotated-elsewhere';
    const { data } = await beta.GET('/beta/widgets/{widgetId}', { params: { path: { widgetId: 'w-9' } } });
    expect(data).toEqual({ id: 'w-9', auth: 'Bearer at-2' });
    expect(grants).toEqual(['password', 'refresh_token']);
    expect(counters).toEqual({ token: 2, discovery: 1 });
  });

  it('rejects missing access key parts at construction', () => {
    expect(() => create({ accessKeySecret: '' })).toThrow(ConfigurationError);
  });
});

describe('paginateCxone', () => {
  it('follows skip/top until _links.next is null', async () => {
    server.use(
      http.get(`${base}/agents`, ({ request }) => {
        const url = new URL(request.url);
        const skip = Number(url.searchParams.get('skip'));
        const top = Number(url.searchParams.get('top'));
        const agents = Array.from({ length: Math.max(0, Math.min(top, 5 - skip)) }, (_, i) => ({ agentId: skip + i }));
        const next = skip + top < 5 ? `${base}/agents?skip=${skip + top}&top=${top}` : null;
        return HttpResponse.json({ totalRecords: 5, agents, _links: { self: request.url, next, previous: null } });
      }),
    );
    const ids: number[] = [];
    for await (const agent of paginateCxone(create({ apiEndpoint }), '/inContactAPI/services/v34.0/agents', { pageSize: 2 })) {
      ids.push(agent.agentId ?? -1);
    }
    expect(ids).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops at maxPages when next is always present', async () => {
    server.use(
      http.get(`${base}/agents`, () =>
        HttpResponse.json({ agents: [{ agentId: 1 }, { agentId: 2 }], _links: { next: `${base}/agents?skip=2` } }),
      ),
    );
    let count = 0;
    for await (const _ of paginateCxone(create({ apiEndpoint }), '/inContactAPI/services/v34.0/agents', { pageSize: 2, maxPages: 3 })) count += 1;
    expect(count).toBe(6);
  });

  it('iterates the array named by items, and passes params (query) through', async () => {
    server.use(
      http.get(`${base}/agents`, ({ request }) => {
        expect(new URL(request.url).searchParams.get('isActive')).toBe('true');
        return HttpResponse.json({ agents: [{ agentId: 7 }], _links: { next: null } });
      }),
    );
    const ids: number[] = [];
    const client = create({ apiEndpoint });
    for await (const agent of paginateCxone(client, '/inContactAPI/services/v34.0/agents', { items: 'agents', params: { query: { isActive: true } } })) ids.push(agent.agentId ?? -1);
    expect(ids).toEqual([7]);
  });

  it('rejects the removed itemsKey argument and a top-level query with a ConfigurationError saying the new shape', async () => {
    const client = create({ apiEndpoint });
    const untyped = paginateCxone as unknown as (...args: unknown[]) => AsyncGenerator<unknown>;
    const first = (iterator: AsyncGenerator<unknown>) => iterator.next().catch((e: unknown) => e);
    expect(await first(untyped(client, '/agents', 'agents', { pageSize: 2 }))).toMatchObject({
      name: 'ConfigurationError',
      code: 'invalid_option',
      option: 'options',
      message: '[@ccaas/nice-cxone] options must be an object: paginateCxone(client, path, { params, items, pageSize, maxPages, signal })',
    });
    expect(await first(untyped(client, '/agents', { query: { isActive: true } }))).toMatchObject({
      option: 'query',
      message: '[@ccaas/nice-cxone] query moved into params: paginateCxone(client, path, { params: { query } })',
    });
    expect(await first(untyped(client, '/agents', { pageSize: 0 }))).toMatchObject({ option: 'pageSize', code: 'invalid_option' });
  });

  it('asks for items when a page has several arrays', async () => {
    server.use(http.get(`${base}/agents`, () => HttpResponse.json({ agents: [{ agentId: 1 }], skills: [{ skillId: 2 }], _links: { next: null } })));
    const error = await paginateCxone(create({ apiEndpoint }), '/inContactAPI/services/v34.0/agents').next().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'missing_option',
      option: 'items',
      message: '[@ccaas/nice-cxone] the pages of GET /inContactAPI/services/v34.0/agents have several arrays (agents, skills): name one with `items`',
    });
  });
});
