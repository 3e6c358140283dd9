import { buildAuthorizationUrl, createPkcePair, NetworkError, type TokenManagerEvents } from '@ccaas/auth-core';
import {
  authorizationCode,
  createGenesysCloudClient,
  ForbiddenError,
  paginateGenesys,
  refreshToken,
  ReauthenticationRequiredError,
  TokenRequestError,
  type GenesysCloudClientOptions,
} from '@ccaas/genesys-cloud';
import { analyticsApi } from '@ccaas/genesys-cloud/analytics';
import { notificationsApi } from '@ccaas/genesys-cloud/notifications';
import { routingApi } from '@ccaas/genesys-cloud/routing';
import { tokensApi } from '@ccaas/genesys-cloud/tokens';
import { usersApi } from '@ccaas/genesys-cloud/users';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from './create-genesys-cloud-mock.js';

const genesys = createGenesysCloudMock({ tokenLifetimeSeconds: 600 });
const server = setupServer(...genesys.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  genesys.resetStats();
});
afterAll(() => server.close());

const redirectUri = 'https://app.example.com/callback';
const { clientId } = genesysCloudSandboxCredentials;

/** A client of the simulated region; retries wait a few ms so scenarios stay fast. */
const createClient = (options: Partial<GenesysCloudClientOptions> = {}) =>
  // seedRateLimitFromPlatform: false: these tests count requests exactly (the read of the org's limits: genesys-org-limits.test.ts)
  createGenesysCloudClient({ ...genesysCloudSandboxCredentials, retry: { baseDelayMs: 5, maxDelayMs: 2_000 }, seedRateLimitFromPlatform: false, ...options });

/** A client logged in as the fixtures' first user through the code grant with PKCE. */
async function createUserClient(options: Partial<GenesysCloudClientOptions> = {}) {
  const pkce = await createPkcePair();
  const code = genesys.issueAuthorizationCode({ clientId, redirectUri, codeChallenge: pkce.codeChallenge });
  return createClient({ grant: authorizationCode({ code, codeVerifier: pkce.codeVerifier, redirectUri }), ...options });
}

/** Collects one kind of token-manager event of a client. */
function recordEvents<K extends keyof TokenManagerEvents>(client: ReturnType<typeof createClient>, name: K) {
  const events: TokenManagerEvents[K][] = [];
  client.tokenManager.on(name, (event) => events.push(event));
  return events;
}

const activeUserIds = () => genesys.fixtures.users.filter((u) => u.state === 'active').map((u) => u.id);

describe('token endpoint', () => {
  it('issues a client-credentials token that lives tokenLifetimeSeconds and carries no refresh token', async () => {
    const client = createClient();
    const { response } = await tokensApi(client).GET('/api/v2/tokens/me');
    expect(response.status).toBe(200);
    const tokenSet = await client.tokenManager.getTokenSet();
    expect(tokenSet.expiresAt - tokenSet.obtainedAt).toBe(600_000);
    expect(tokenSet.refreshToken).toBeUndefined();
    const issued = genesys.liveAccessTokens().find((t) => t.token === tokenSet.accessToken);
    expect(issued).toMatchObject({ clientId, grantType: 'client_credentials' });
    expect((issued?.expiresAt ?? 0) - Date.now()).toBeGreaterThan(590_000);
    expect(genesys.stats.tokenRequestsByGrant).toEqual({ client_credentials: 1 });
  });

  it('answers invalid_client to a wrong client secret, so the client raises ReauthenticationRequiredError before any API call', async () => {
    const error = await tokensApi(createClient({ clientSecret: 'not-the-secret' })).GET('/api/v2/tokens/me')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_client', status: 401 });
    expect(genesys.stats).toMatchObject({ tokenRequests: 1, tokensIssued: 0, apiRequests: 0 });
  });

  it('answers 401 credentials.expired after expireTokens(); the client gets one new token and replays the call', async () => {
    const client = createClient();
    await tokensApi(client).GET('/api/v2/tokens/me');
    genesys.expireTokens();
    const { data, response } = await tokensApi(client).GET('/api/v2/tokens/me');
    expect(response.status).toBe(200);
    expect(data?.OAuthClient?.id).toBe(clientId);
    expect(genesys.stats.tokenRequests).toBe(2);
    expect(genesys.stats.apiResponsesByStatus).toEqual({ 200: 2, 401: 1 });
  });

  it('redirects the authorize page to redirect_uri with a code and the state, and exchanges that code with its PKCE verifier', async () => {
    const pkce = await createPkcePair();
    const authorizeUrl = buildAuthorizationUrl({
      authorizationEndpoint: `${genesys.loginBaseUrl}/oauth/authorize`,
      clientId,
      redirectUri,
      codeChallenge: pkce.codeChallenge,
      state: 'state-42',
    });
    const redirect = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const callback = new URL(redirect.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe('state-42');
    const code = callback.searchParams.get('code') ?? '';
    const client = createClient({ grant: authorizationCode({ code, codeVerifier: pkce.codeVerifier, redirectUri }) });
    const { data } = await usersApi(client).GET('/api/v2/users/me');
    expect(data?.id).toBe(genesys.fixtures.users[0]?.id);
  });

  it('answers invalid_grant when the code_verifier does not match the code_challenge', async () => {
    const [issuedFor, other] = await Promise.all([createPkcePair(), createPkcePair()]);
    const code = genesys.issueAuthorizationCode({ clientId, redirectUri, codeChallenge: issuedFor.codeChallenge });
    const client = createClient({ grant: authorizationCode({ code, codeVerifier: other.codeVerifier, redirectUri }) });
    const error = await usersApi(client).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_grant' });
    expect((error as Error).message).toContain('code_verifier');
  });

  it('rotates refresh tokens: the client refreshes after expiry, and the refresh token it used answers invalid_grant', async () => {
    const client = await createUserClient();
    await usersApi(client).GET('/api/v2/users/me');
    const used = (await client.tokenManager.getTokenSet()).refreshToken ?? '';
    expect(used).not.toBe('');
    genesys.expireTokens();
    const { data } = await usersApi(client).GET('/api/v2/users/me');
    expect(data?.id).toBe(genesys.fixtures.users[0]?.id);
    expect(genesys.stats.tokenRequestsByGrant).toEqual({ authorization_code: 1, refresh_token: 1 });
    expect((await client.tokenManager.getTokenSet()).refreshToken).not.toBe(used);

    const replay = createClient({ grant: refreshToken(used) });
    const error = await usersApi(replay).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect((error as Error).message).toContain('already used');
  });

  it('answers invalid_grant to every refresh token after revokeRefreshTokens(); a code-grant client must log in again', async () => {
    const client = await createUserClient();
    await usersApi(client).GET('/api/v2/users/me');
    genesys.revokeRefreshTokens();
    genesys.expireTokens();
    const error = await usersApi(client).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_grant' });
    expect((error as Error).message).toContain('revoked');
  });

  it('revokes the token on DELETE /api/v2/tokens/me; the next call re-acquires one', async () => {
    const client = createClient();
    const revoked = await client.tokenManager.getToken();
    expect(genesys.liveAccessTokens().map((t) => t.token)).toContain(revoked);
    const { response } = await tokensApi(client).DELETE('/api/v2/tokens/me');
    expect(response.status).toBe(200);
    expect(genesys.liveAccessTokens().map((t) => t.token)).not.toContain(revoked);
    const { data } = await tokensApi(client).GET('/api/v2/tokens/me');
    expect(data?.OAuthClient?.id).toBe(clientId);
    expect(genesys.stats.tokenRequests).toBe(2);
    expect(genesys.stats.apiResponsesByStatus[401]).toBe(1);
  });
});

describe('API operations', () => {
  it('pages users so that paginateGenesys yields exactly the active users of the fixtures', async () => {
    const ids: string[] = [];
    for await (const user of paginateGenesys(usersApi(createClient()), '/api/v2/users', { params: { query: { pageSize: 7 } } })) ids.push(user.id ?? '');
    expect(ids.sort()).toEqual(activeUserIds().sort());
    expect(genesys.stats.apiRequests).toBe(Math.ceil(activeUserIds().length / 7));
  });

  it('lists queue members with nextUri but without total or pageCount, and paginateGenesys still reaches every member', async () => {
    const queue = genesys.fixtures.queues.find((q) => (q.memberCount ?? 0) > 3);
    const members = genesys.fixtures.queueMembers.get(queue?.id ?? '') ?? [];
    const client = createClient();
    const params = { path: { queueId: queue?.id ?? '' }, query: { pageSize: 3 } };
    const { data: firstPage } = await routingApi(client).GET('/api/v2/routing/queues/{queueId}/members', { params });
    expect(firstPage?.nextUri).toContain('pageNumber=2');
    expect(firstPage).not.toHaveProperty('total');
    expect(firstPage).not.toHaveProperty('pageCount');
    const ids: string[] = [];
    for await (const member of paginateGenesys(routingApi(client), '/api/v2/routing/queues/{queueId}/members', { params })) ids.push(member.id ?? '');
    expect(ids.sort()).toEqual(members.map((m) => m.id).sort());
  });

  it('answers 400 to GET /api/v2/users/me with a client-credentials token (no user behind it)', async () => {
    const { error, response } = await usersApi(createClient()).GET('/api/v2/users/me');
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'bad.request' });
  });

  it('keeps at most 20 notification channels per client, evicting the oldest', async () => {
    const client = createClient();
    const created: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const { data } = await notificationsApi(client).POST('/api/v2/notifications/channels');
      created.push(data?.id ?? '');
    }
    const held = genesys.notificationChannels(clientId).map((c) => c.id);
    expect(held).toHaveLength(20);
    expect(held).toEqual(created.slice(1));
  });

  it('answers 400 to an analytics query without an interval', async () => {
    const client = createClient();
    const { error, response } = await analyticsApi(client).POST('/api/v2/analytics/conversations/details/query', {
      body: { paging: { pageSize: 5, pageNumber: 1 } } as never,
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'bad.request', status: 400 });
  });

  it('pages an analytics query by paging in the body, with totalHits over the whole interval', async () => {
    const from = Date.now() - 12 * 3_600_000;
    const to = Date.now() + 60_000;
    const inInterval = genesys.fixtures.conversations
      .filter((c) => Date.parse(c.startTime) >= from && Date.parse(c.startTime) < to)
      .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
    const { data } = await analyticsApi(createClient()).POST('/api/v2/analytics/conversations/details/query', {
      body: { interval: `${new Date(from).toISOString()}/${new Date(to).toISOString()}`, paging: { pageSize: 5, pageNumber: 2 } },
    });
    expect(data?.totalHits).toBe(inInterval.length);
    expect(data?.conversations?.map((c) => c.conversationId)).toEqual(inInterval.slice(5, 10).map((c) => c.id));
  });
});

describe('scenarios', () => {
  const queues = '/api/v2/routing/queues';

  it('forbidden: the client raises ForbiddenError naming the missing permission and the correlation id', async () => {
    server.use(genesys.scenarios.forbidden({ path: queues, permissions: ['routing:queue:view', 'routing:queue:edit'] }));
    const error = await routingApi(createClient()).GET(queues).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ status: 403, code: 'missing.permissions' });
    expect((error as ForbiddenError).missingPermissions).toEqual(['routing:queue:view', 'routing:queue:edit']);
    expect((error as ForbiddenError).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('forbidden without permissions answers with those the called operation requires, and the 403 names them', async () => {
    const members = '/api/v2/routing/queues/{queueId}/members';
    server.use(genesys.scenarios.forbidden({ path: '/api/v2/routing/queues/*/members' }));
    const error = await routingApi(createClient())
      .GET(members, { params: { path: { queueId: 'q-1' } } })
      .catch((e: unknown) => e);
    const required = ['routing:queue:view', 'routing:queue:edit', 'routing:queue:readonly', 'routing:queueMember:manage'];
    expect((error as ForbiddenError).missingPermissions).toEqual(required);
    expect((error as ForbiddenError).message).toContain(`GET ${members} requires any one of the permissions ${required.join(', ')}`);
  });

  it('unauthorized: a 401 for a valid token makes the client get a new token and replay once', async () => {
    const client = createClient();
    await routingApi(client).GET(queues);
    server.use(genesys.scenarios.unauthorized({ path: queues }));
    const { response } = await routingApi(client).GET(queues);
    expect(response.status).toBe(200);
    expect(genesys.stats.tokenRequests).toBe(2);
    expect(genesys.stats.faultsInjected).toEqual({ unauthorized: 1 });
  });

  it('rateLimited with Retry-After seconds: the client waits that long and succeeds', async () => {
    server.use(genesys.scenarios.rateLimited({ path: queues, retryAfterSeconds: 1 }));
    const client = createClient();
    const waits = recordEvents(client, 'rateLimited');
    const { response } = await routingApi(client).GET(queues);
    expect(response.status).toBe(200);
    expect(waits.map((w) => w.retryAfterMs)).toEqual([1_000]);
    expect(genesys.stats.apiResponsesByStatus).toEqual({ 200: 1, 429: 1 });
  });

  it('rateLimited with Retry-After as an HTTP-date: the client waits until then (at most a second) and succeeds', async () => {
    server.use(genesys.scenarios.rateLimited({ path: queues, retryAfterSeconds: 1, retryAfterAsHttpDate: true }));
    const client = createClient();
    const waits = recordEvents(client, 'rateLimited');
    const { response } = await routingApi(client).GET(queues);
    expect(response.status).toBe(200);
    expect(waits).toHaveLength(1);
    expect(waits[0]?.retryAfterMs).toBeLessThanOrEqual(1_000);
  });

  it('rateLimited at requestsPerSecond: answers 429 with inin-ratelimit-* beyond the rate in one window, 200 in the next', async () => {
    let now = Date.UTC(2026, 2, 1, 12, 0, 0, 100);
    const timed = createGenesysCloudMock({ region: 'eu-west-1', clock: () => now });
    server.use(timed.scenarios.rateLimited({ requestsPerSecond: 3, path: '/api/v2/users' }), ...timed.handlers);
    const token = await createClient({ region: 'eu-west-1' }).tokenManager.getToken();
    const getUsers = () => fetch(`${timed.apiBaseUrl}/api/v2/users`, { headers: { Authorization: `Bearer ${token}` } });
    const answers: Response[] = [];
    for (let i = 0; i < 5; i += 1) answers.push(await getUsers());
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    const limited = answers[3] as Response;
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('inin-ratelimit-allowed')).toBe('3');
    expect(limited.headers.get('inin-ratelimit-count')).toBe('4');
    expect(limited.headers.get('inin-ratelimit-reset')).toBe('1');
    expect(answers[4]?.headers.get('inin-ratelimit-count')).toBe('5');
    // the 200s report the same window: the client can pace from them before it ever sees a 429
    expect(answers.slice(0, 3).map((r) => r.headers.get('inin-ratelimit-count'))).toEqual(['1', '2', '3']);
    expect(answers[0]?.headers.get('inin-ratelimit-allowed')).toBe('3');
    now += 1_000;
    expect((await getUsers()).status).toBe(200);
  });

  it('rateLimited at requestsPerSecond with rateLimitHeaders: false answers like Genesys since 2021: no inin-ratelimit-*, a 429 with Retry-After only', async () => {
    let now = Date.UTC(2026, 2, 1, 12, 0, 0, 100);
    const timed = createGenesysCloudMock({ region: 'eu-west-1', clock: () => now });
    server.use(timed.scenarios.rateLimited({ requestsPerSecond: 3, path: '/api/v2/users', rateLimitHeaders: false }), ...timed.handlers);
    const token = await createClient({ region: 'eu-west-1' }).tokenManager.getToken();
    const getUsers = () => fetch(`${timed.apiBaseUrl}/api/v2/users`, { headers: { Authorization: `Bearer ${token}` } });
    const answers: Response[] = [];
    for (let i = 0; i < 5; i += 1) answers.push(await getUsers());
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    const rateLimitHeaderNames = (r: Response) => [...r.headers.keys()].filter((name) => name.startsWith('inin-ratelimit'));
    // neither the scenario's window nor the mock's default client limit is reported
    expect(answers.flatMap(rateLimitHeaderNames)).toEqual([]);
    const limited = answers[3] as Response;
    expect(limited.headers.get('retry-after')).toBe('1');
    const body = (await limited.json()) as Record<string, unknown>;
    // the normalized 429 of November 2021: no `limit` names the allowance
    expect(body).toMatchObject({ code: 'too.many.requests.retry.after', status: 429, details: [], errors: [] });
    expect(body).not.toHaveProperty('limit');
    now += 1_000;
    const next = await getUsers();
    expect(next.status).toBe(200);
    expect(rateLimitHeaderNames(next)).toEqual([]);
  });

  it('rateLimitHeaders: false on the mock: no answer reports the client limit, which is still enforced, and scenarios inherit it', async () => {
    let now = Date.UTC(2026, 2, 1, 12, 0, 20);
    const silent = createGenesysCloudMock({
      region: 'eu-west-1',
      clock: () => now,
      rateLimit: { requestsPerWindow: 2, windowSeconds: 60 },
      rateLimitHeaders: false,
    });
    server.use(...silent.handlers);
    const token = await createClient({ region: 'eu-west-1' }).tokenManager.getToken();
    const getQueues = () => fetch(`${silent.apiBaseUrl}/api/v2/routing/queues`, { headers: { Authorization: `Bearer ${token}` } });
    const answers = [await getQueues(), await getQueues(), await getQueues()];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(answers.map((r) => r.headers.get('inin-ratelimit-count'))).toEqual([null, null, null]);
    expect(answers[2]?.headers.get('retry-after')).toBe('40');
    now += 40_000;
    server.use(silent.scenarios.rateLimited({ requestsPerSecond: 1 }));
    const inherited = [await getQueues(), await getQueues()];
    expect(inherited.map((r) => r.status)).toEqual([200, 429]);
    expect(inherited.map((r) => r.headers.get('inin-ratelimit-allowed'))).toEqual([null, null]);
    expect(() => createGenesysCloudMock({ rateLimitHeaders: 'no' as unknown as boolean })).toThrow(/rateLimitHeaders must be true or false/);
  });

  it('rateLimited at requestsPerSecond counts per OAuth client, as the platform does', async () => {
    const now = Date.UTC(2026, 2, 1, 12, 0, 0, 100);
    const other = { clientId: 'second-client', clientSecret: 'second-secret' };
    const timed = createGenesysCloudMock({ region: 'eu-west-1', clock: () => now, clients: [{ ...genesysCloudSandboxCredentials }, other] });
    server.use(timed.scenarios.rateLimited({ requestsPerSecond: 2 }), ...timed.handlers);
    const first = await createClient({ region: 'eu-west-1' }).tokenManager.getToken();
    const second = await createClient({ region: 'eu-west-1', ...other }).tokenManager.getToken();
    const getUsers = (token: string) => fetch(`${timed.apiBaseUrl}/api/v2/users`, { headers: { Authorization: `Bearer ${token}` } });
    const statuses: number[] = [];
    for (const token of [first, first, second, second, first, second]) statuses.push((await getUsers(token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    // without a valid token the request is not counted: the auth guard answers
    expect((await getUsers('genesys-at-forged')).status).toBe(401);
  });

  it('every answer reports the per-client limit in inin-ratelimit-*, and rateLimit enforces it', async () => {
    let now = Date.UTC(2026, 2, 1, 12, 0, 20);
    const limited = createGenesysCloudMock({ region: 'eu-west-1', clock: () => now, rateLimit: { requestsPerWindow: 2, windowSeconds: 60 } });
    server.use(...limited.handlers);
    const token = await createClient({ region: 'eu-west-1' }).tokenManager.getToken();
    const getQueues = () => fetch(`${limited.apiBaseUrl}/api/v2/routing/queues`, { headers: { Authorization: `Bearer ${token}` } });
    const answers = [await getQueues(), await getQueues(), await getQueues()];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(answers.map((r) => r.headers.get('inin-ratelimit-count'))).toEqual(['1', '2', '3']);
    expect(answers[0]?.headers.get('inin-ratelimit-allowed')).toBe('2');
    expect(answers[0]?.headers.get('inin-ratelimit-reset')).toBe('40');
    expect(answers[2]?.headers.get('retry-after')).toBe('40');
    expect(await answers[2]?.json()).toMatchObject({ code: 'too.many.requests.retry.after', limit: { value: 2 } });
    now += 40_000;
    expect((await getQueues()).status).toBe(200);
    // the default limit is reported on every answer and never reached by tests
    const { response } = await routingApi(createClient()).GET('/api/v2/routing/queues');
    expect(response.headers.get('inin-ratelimit-allowed')).toBe('1000000');
  });

  it('serverErrors: a 503 is retried for a GET, but not for the analytics POST', async () => {
    server.use(genesys.scenarios.serverErrors({ path: queues }));
    const client = createClient();
    expect((await routingApi(client).GET(queues)).response.status).toBe(200);
    server.use(genesys.scenarios.serverErrors({ path: '/api/v2/analytics/conversations/details/query' }));
    const { error, response } = await analyticsApi(client).POST('/api/v2/analytics/conversations/details/query', {
      body: { interval: '2026-01-01T00:00:00Z/2026-01-02T00:00:00Z' },
    });
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ code: 'service.unavailable' });
    expect(genesys.stats.faultsInjected).toEqual({ serverErrors: 2 });
  });

  it('networkErrors: a failed connection is retried for a GET; one that keeps failing rejects the call', async () => {
    server.use(genesys.scenarios.networkErrors({ path: queues }));
    expect((await routingApi(createClient()).GET(queues)).response.status).toBe(200);
    server.use(genesys.scenarios.networkErrors({ path: queues, times: Number.POSITIVE_INFINITY }));
    const error = await routingApi(createClient({ retry: { baseDelayMs: 5, maxRetries: 2 } })).GET(queues)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network_error', method: 'GET', attempts: 3 });
    expect(genesys.stats.faultsInjected).toEqual({ networkErrors: 4 });
  });

  it('latency: every answer is delayed by the configured ms', async () => {
    const client = createClient();
    await client.tokenManager.getToken();
    server.use(genesys.scenarios.latency({ ms: 60, path: queues }));
    const started = performance.now();
    const { response } = await routingApi(client).GET(queues);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(genesys.stats.faultsInjected).toEqual({ latency: 1 });
  });

  it('tokenEndpointErrors: one 503 from the token endpoint is retried; a longer outage raises TokenRequestError, then it recovers', async () => {
    server.use(genesys.scenarios.tokenEndpointErrors({ times: 1 }));
    expect((await routingApi(createClient()).GET(queues)).response.status).toBe(200);
    expect(genesys.stats).toMatchObject({ tokenRequests: 2, tokensIssued: 1 });

    server.use(genesys.scenarios.tokenEndpointErrors({ times: 3 }));
    const client = createClient();
    const error = await routingApi(client).GET(queues).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'token_endpoint_error', status: 503 });
    expect((await routingApi(client).GET(queues)).response.status).toBe(200);
  });
});
