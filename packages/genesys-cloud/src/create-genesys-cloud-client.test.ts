import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, ForbiddenError } from '@ccaas/auth-core';
import { createGenesysCloudClient } from './create-genesys-cloud-client.js';
import { routingApi } from './generated/routing.js';
import { usersApi } from './generated/users.js';
import { paginateGenesys } from './paginate-genesys.js';

const api = 'https://api.mypurecloud.ie';
const login = 'https://login.mypurecloud.ie';
let tokenRequests = 0;
let issued = 0;
let acceptedToken = '';

const server = setupServer(
  http.post(`${login}/oauth/token`, async ({ request }) => {
    tokenRequests += 1;
    expect(request.headers.get('authorization')).toBe(`Basic ${btoa('client-1:secret-1')}`);
    expect(await request.text()).toContain('grant_type=client_credentials');
    issued += 1;
    acceptedToken = `token-${issued}`;
    return HttpResponse.json({ access_token: acceptedToken, token_type: 'bearer', expires_in: 86400 });
  }),
  http.get(`${api}/api/v2/users/me`, ({ request }) =>
    request.headers.get('authorization') === `Bearer ${acceptedToken}`
      ? HttpResponse.json({ id: 'u-1', name: 'Ada' })
      : HttpResponse.json({ code: 'credentials.expired', status: 401, message: 'expired' }, { status: 401 }),
  ),
  // the org's published limits, read once on first use (platform-rate-allowance.ts)
  http.get(`${api}/api/v2/organizations/limits/namespaces/platform.api`, () =>
    HttpResponse.json({ entities: [{ key: 'client.credentials.token.rate.per.minute', namespace: 'platform.api', value: 300 }] }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  tokenRequests = 0;
  issued = 0;
});
afterAll(() => server.close());

const create = () => createGenesysCloudClient({ region: 'eu-west-1', clientId: 'client-1', clientSecret: 'secret-1' });

describe('createGenesysCloudClient', () => {
  it('resolves the region to its api and login hosts', () => {
    expect(create().hosts).toEqual({ apiBaseUrl: api, loginBaseUrl: login, tokenEndpoint: `${login}/oauth/token` });
  });

  it('gets one client-credentials token and reuses it across calls', async () => {
    const users = usersApi(create());
    for (let i = 0; i < 3; i += 1) {
      const { data } = await users.GET('/api/v2/users/me');
      expect(data?.name).toBe('Ada');
    }
    expect(tokenRequests).toBe(1);
  });

  it('requestInitExt (an undici dispatcher) reaches the token request, the first send and the replay', async () => {
    const dispatcher = { name: 'proxy agent' };
    const seen: string[] = [];
    const client = usersApi(createGenesysCloudClient({
      region: 'eu-west-1',
      clientId: 'client-1',
      clientSecret: 'secret-1',
      requestInitExt: { dispatcher },
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        seen.push(`${new URL(url).host} ${(init as { dispatcher?: unknown } | undefined)?.dispatcher === dispatcher}`);
        return globalThis.fetch(input, init);
      },
    }));
    await client.GET('/api/v2/users/me');
    acceptedToken = 'revoked-by-admin';
    expect((await client.GET('/api/v2/users/me')).data?.id).toBe('u-1');
    expect(seen).toEqual([
      'login.mypurecloud.ie true',
      'api.mypurecloud.ie true', // the org's limits, read on first use
      'api.mypurecloud.ie true',
      'api.mypurecloud.ie true',
      'login.mypurecloud.ie true',
      'api.mypurecloud.ie true',
    ]);
  });

  it('re-acquires a client-credentials token after the platform revokes it (401) and replays the call', async () => {
    const users = usersApi(create());
    await users.GET('/api/v2/users/me');
    acceptedToken = 'revoked-by-admin';
    const { data } = await users.GET('/api/v2/users/me');
    expect(data?.id).toBe('u-1');
    expect(tokenRequests).toBe(2);
  });

  it('middleware added with use runs around the auth: no Authorization header in its onRequest, only the final response after a 401 replay', async () => {
    const genesys = create();
    const seen: string[] = [];
    genesys.use({
      onRequest({ request }) {
        seen.push(`request authorization: ${request.headers.get('authorization')}`);
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
    });
    const users = usersApi(genesys);
    await users.GET('/api/v2/users/me');
    acceptedToken = 'revoked-by-the-platform';
    expect((await users.GET('/api/v2/users/me')).data?.name).toBe('Ada');
    expect(tokenRequests).toBe(2);
    expect(seen).toEqual(['request authorization: null', 'response 200', 'request authorization: null', 'response 200']);
  });

  it("a call's own fetch option still sends the token and replays after a 401", async () => {
    const users = usersApi(create());
    const sent: string[] = [];
    const ownFetch = (request: Request) => {
      sent.push(String(request.headers.get('authorization')));
      return fetch(request);
    };
    await users.GET('/api/v2/users/me', { fetch: ownFetch });
    acceptedToken = 'revoked-by-the-platform';
    expect((await users.GET('/api/v2/users/me', { fetch: ownFetch })).data?.name).toBe('Ada');
    expect(sent).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  it('serves several API areas from one client: one token, one middleware stack, the same object', async () => {
    server.use(http.get(`${api}/api/v2/routing/wrapupcodes`, () => HttpResponse.json({ entities: [{ id: 'w-1', name: 'Sale' }], pageNumber: 1 })));
    const genesys = create();
    const users = usersApi(genesys);
    const routing = routingApi(genesys);
    expect(users).toBe(genesys);
    expect(routing).toBe(genesys);
    expect(routing.tokenManager).toBe(genesys.tokenManager);
    const [me, codes] = await Promise.all([users.GET('/api/v2/users/me'), routing.GET('/api/v2/routing/wrapupcodes')]);
    expect(me.data?.name).toBe('Ada');
    expect(codes.data?.entities?.[0]?.name).toBe('Sale');
    expect(tokenRequests).toBe(1);
  });

  it('types the client with a user\'s own paths (withPaths) and keeps the auth behaviour: 401 -> new token -> replay', async () => {
    interface BetaPaths {
      '/api/v2/users/me': { get: { parameters: { query?: { beta?: boolean } }; responses: { 200: { content: { 'application/json': { id: string; name: string } } } } } };
    }
    const genesys = create();
    const beta = genesys.withPaths<BetaPaths>();
    expect(beta).toBe(genesys);
    await beta.GET('/api/v2/users/me', { params: { query: { beta: true } } });
    acceptedToken = 'revoked-by-admin';
    const { data } = await beta.GET('/api/v2/users/me');
    expect(data?.name).toBe('Ada');
    expect(tokenRequests).toBe(2);
  });

  it('throws ForbiddenError with the missing permission and correlation id of a Genesys 403', async () => {
    server.use(
      http.get(`${api}/api/v2/routing/queues`, () =>
        HttpResponse.json(
          {
            status: 403,
            code: 'missing.permissions',
            message: 'You are missing the following permission(s): routing:queue:view',
            messageParams: { permissions: 'routing:queue:view' },
            contextId: 'ctx-403',
          },
          { status: 403, headers: { 'ININ-Correlation-Id': 'ctx-403' } },
        ),
      ),
    );
    const error = await routingApi(create()).GET('/api/v2/routing/queues').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ status: 403, code: 'missing.permissions', correlationId: 'ctx-403' });
    expect((error as ForbiddenError).missingPermissions).toEqual(['routing:queue:view']);
  });

  it('hands rateLimit to the middleware: a shared budget is asked under the OAuth client\'s store key', async () => {
    const asked: string[] = [];
    const client = usersApi(
      createGenesysCloudClient({
        region: 'eu-west-1',
        clientId: 'client-1',
        clientSecret: 'secret-1',
        rateLimit: { budget: { take: async (bucket) => (asked.push(bucket), undefined), observe: async () => undefined } },
      }),
    );
    expect((await client.GET('/api/v2/users/me')).data?.id).toBe('u-1');
    // the org's limits read on first use, then the call: both under the client's key
    expect(asked).toEqual([client.tokenManager.storeKey, client.tokenManager.storeKey]);
    expect(asked[0]).toContain('client-1');
  });

  it('rejects a missing secret for the client-credentials grant at construction', () => {
    expect(() => createGenesysCloudClient({ clientId: 'client-1' })).toThrow(ConfigurationError);
    expect(() => createGenesysCloudClient({ region: 'mars-1', clientId: 'c', clientSecret: 's' })).toThrow(/unknown region/);
  });
});

describe('paginateGenesys', () => {
  const pages = (pageCount: number | undefined, total: number) =>
    http.get(`${api}/api/v2/users`, ({ request }) => {
      const pageNumber = Number(new URL(request.url).searchParams.get('pageNumber') ?? 1);
      const last = pageNumber * 2 >= total;
      return HttpResponse.json({
        entities: [{ id: `u-${pageNumber}-a` }, { id: `u-${pageNumber}-b` }],
        pageNumber,
        pageSize: 2,
        ...(pageCount === undefined ? {} : { pageCount, total }),
        nextUri: last ? undefined : `/api/v2/users?pageSize=2&pageNumber=${pageNumber + 1}`,
      });
    });

  it('follows pageNumber until pageCount and yields every entity', async () => {
    server.use(pages(3, 6));
    const ids: string[] = [];
    for await (const user of paginateGenesys(usersApi(create()), '/api/v2/users', { params: { query: { pageSize: 2 } } })) {
      ids.push(user.id ?? '');
    }
    expect(ids).toEqual(['u-1-a', 'u-1-b', 'u-2-a', 'u-2-b', 'u-3-a', 'u-3-b']);
  });

  it('stops at maxPages when the listing never ends', async () => {
    server.use(pages(undefined, Number.POSITIVE_INFINITY));
    let count = 0;
    for await (const _ of paginateGenesys(usersApi(create()), '/api/v2/users', { maxPages: 4 })) count += 1;
    expect(count).toBe(8);
  });

  it('sends pageSize as the pageSize query parameter of every page', async () => {
    const sizes: (string | null)[] = [];
    server.use(
      http.get(`${api}/api/v2/users`, ({ request }) => {
        const url = new URL(request.url);
        sizes.push(url.searchParams.get('pageSize'));
        const pageNumber = Number(url.searchParams.get('pageNumber') ?? 1);
        return HttpResponse.json({ entities: [{ id: `u-${pageNumber}` }], pageNumber, pageCount: 2 });
      }),
    );
    let count = 0;
    for await (const _ of paginateGenesys(usersApi(create()), '/api/v2/users', { pageSize: 100 })) count += 1;
    expect({ count, sizes }).toEqual({ count: 2, sizes: ['100', '100'] });
  });

  it('rejects a pageSize or maxPages that is not a positive integer', async () => {
    const error = await paginateGenesys(usersApi(create()), '/api/v2/users', { maxPages: -1 }).next().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ConfigurationError',
      code: 'invalid_option',
      option: 'maxPages',
      message: '[@ccaas/genesys-cloud] maxPages must be a positive integer',
    });
  });
});
