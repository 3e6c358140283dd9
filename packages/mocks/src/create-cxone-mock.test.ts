import { authorizationCodeGrant, createPkcePair, createTokenManager } from '@ccaas/auth-core';
import {
  createCxoneClient,
  DiscoveryError,
  ForbiddenError,
  paginateCxone,
  paginateCxonePages,
  readIdTokenClaims,
  ReauthenticationRequiredError,
  type CxoneClientOptions,
} from '@ccaas/nice-cxone';
import type { paths as AdminPaths } from '@ccaas/nice-cxone/admin';
import type { paths as RealtimePaths } from '@ccaas/nice-cxone/realtime';
import type { paths as ReportingPaths } from '@ccaas/nice-cxone/reporting';
import { agentApi } from '@ccaas/nice-cxone/agent';
import { digitalApi } from '@ccaas/nice-cxone/digital';
import { userHubApi } from '@ccaas/nice-cxone/user-hub';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCxoneMock, cxoneSandboxCredentials } from './create-cxone-mock.js';
import { generatedTables } from './create-operation-handlers.js';
import { digital as digitalFamily } from './generated/nice-cxone/digital.js';
import { userHub as userHubFamily } from './generated/nice-cxone/user-hub.js';

const cxone = createCxoneMock({ tokenLifetimeSeconds: 900 });
const server = setupServer(...cxone.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cxone.resetStats();
});
afterAll(() => server.close());

/** A client of the simulated tenant (API host from discovery); retries wait a few ms so scenarios stay fast. */
const createClient = (options: Partial<CxoneClientOptions> = {}) =>
  createCxoneClient({ ...cxoneSandboxCredentials, tenantId: undefined, retry: { baseDelayMs: 5 }, ...options }).withPaths<AdminPaths & RealtimePaths & ReportingPaths>();

const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('token endpoint and discovery', () => {
  it('issues an access-key token with the configured lifetime, a refresh token and an id_token naming the tenant', async () => {
    const client = createClient();
    expect((await client.GET('/inContactAPI/services/v34.0/teams')).response.status).toBe(200);
    const tokenSet = await client.tokenManager.getTokenSet();
    expect(tokenSet.expiresAt - tokenSet.obtainedAt).toBe(900_000);
    expect(tokenSet.refreshToken).toBeTruthy();
    expect(readIdTokenClaims(tokenSet.idToken)).toMatchObject({ tenantId: cxone.tenantId, iss: cxone.issuer });
    expect(cxone.stats.tokenRequestsByGrant).toEqual({ password: 1 });
  });

  it('serves tenant discovery for the tenantId of the id_token, which the client runs once', async () => {
    const client = createClient();
    await client.GET('/inContactAPI/services/v34.0/teams');
    await client.GET('/inContactAPI/services/v34.0/skills');
    expect(await client.apiBaseUrl()).toBe(cxone.apiEndpoint);
    expect(cxone.stats.discoveryRequests).toBe(1);
  });

  it('answers 404 to discovery of an unknown tenant, so the client raises DiscoveryError', async () => {
    const error = await errorOf(createClient({ tenantId: 'not-a-tenant' }).GET('/inContactAPI/services/v34.0/teams'));
    expect(error).toBeInstanceOf(DiscoveryError);
    expect(error).toMatchObject({ code: 'discovery_failed', status: 404 });
    expect(cxone.stats.apiRequests).toBe(0);
  });

  it.each([
    ['a wrong access key secret', { accessKeySecret: 'wrong' }, 'invalid_grant', 400],
    ['a wrong application secret', { clientSecret: 'wrong' }, 'invalid_client', 401],
  ])('answers %s with an OAuth error, so the client raises ReauthenticationRequiredError', async (_case, options, code, status) => {
    const error = await errorOf(createClient(options).GET('/inContactAPI/services/v34.0/teams'));
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code, status });
  });

  it('answers 401 after expireTokens(); the client refreshes with the rotating refresh token and replays', async () => {
    const client = createClient();
    await client.GET('/inContactAPI/services/v34.0/teams');
    const firstRefreshToken = (await client.tokenManager.getTokenSet()).refreshToken;
    cxone.expireTokens();
    expect((await client.GET('/inContactAPI/services/v34.0/teams')).response.status).toBe(200);
    expect(cxone.stats.tokenRequestsByGrant).toEqual({ password: 1, refresh_token: 1 });
    expect(cxone.stats.apiResponsesByStatus[401]).toBe(1);
    expect((await client.tokenManager.getTokenSet()).refreshToken).not.toBe(firstRefreshToken);
  });

  it('answers invalid_grant to refresh tokens after revokeRefreshTokens(); the client falls back to its access key', async () => {
    const client = createClient();
    await client.GET('/inContactAPI/services/v34.0/teams');
    cxone.revokeRefreshTokens();
    cxone.expireTokens();
    expect((await client.GET('/inContactAPI/services/v34.0/teams')).response.status).toBe(200);
    expect(cxone.stats.tokenRequestsByGrant).toEqual({ password: 2, refresh_token: 1 });
  });

  it('issues no refresh token with refreshTokens: false, so the client re-runs the access-key grant after expiry', async () => {
    const withoutRefresh = createCxoneMock({
      issuer: 'https://cxone-gov.niceincontact.com',
      apiEndpoint: 'https://api-gov.niceincontact.com',
      refreshTokens: false,
    });
    server.use(...withoutRefresh.handlers);
    const client = createClient({ issuer: withoutRefresh.issuer });
    await client.GET('/inContactAPI/services/v34.0/teams');
    expect(await client.issuedRefreshToken()).toBe(false);
    withoutRefresh.expireTokens();
    expect((await client.GET('/inContactAPI/services/v34.0/teams')).response.status).toBe(200);
    expect(withoutRefresh.stats.tokenRequestsByGrant).toEqual({ password: 2 });
  });

  it('exchanges an authorization code with its PKCE verifier, and answers invalid_grant to a wrong verifier', async () => {
    const redirectUri = 'https://agent.example.com/callback';
    const { clientId, clientSecret } = cxoneSandboxCredentials;
    const exchange = async (challengeOf: string, verifier: string) => {
      const code = cxone.issueAuthorizationCode({ clientId, redirectUri, codeChallenge: challengeOf, scope: 'openid' });
      const grant = authorizationCodeGrant({ tokenEndpoint: cxone.tokenEndpoint, clientId, clientSecret, code, codeVerifier: verifier, redirectUri });
      return createTokenManager({ grant }).getTokenSet();
    };
    const [pkce, other] = await Promise.all([createPkcePair(), createPkcePair()]);
    const tokenSet = await exchange(pkce.codeChallenge, pkce.codeVerifier);
    expect(readIdTokenClaims(tokenSet.idToken)?.tenantId).toBe(cxone.tenantId);
    const error = await errorOf(exchange(pkce.codeChallenge, other.codeVerifier));
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_grant' });
  });
});

describe('API operations', () => {
  it('links every page to the next with skip/top, so paginateCxone reaches every agent and stops where _links.next is absent', async () => {
    const client = createClient();
    const nextLinks: (string | null | undefined)[] = [];
    for await (const page of paginateCxonePages(client, '/inContactAPI/services/v34.0/agents', { pageSize: 25 })) nextLinks.push(page._links?.next);
    expect(nextLinks).toHaveLength(Math.ceil(cxone.fixtures.agents.length / 25));
    expect(nextLinks.at(-1)).toBeUndefined();
    expect(nextLinks.slice(0, -1).every((link) => link?.includes('skip='))).toBe(true);
    const ids: number[] = [];
    for await (const agent of paginateCxone(client, '/inContactAPI/services/v34.0/agents', { pageSize: 40, params: { query: { isActive: true } } })) ids.push(agent.agentId ?? -1);
    expect(ids).toEqual(cxone.fixtures.agents.filter((a) => a.isActive).map((a) => a.agentId));
  });

  it('polls GET /agents with updateSince: 304 for a time in the future, only the changed agents for one in the past', async () => {
    const client = createClient();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { updateSince: future } } })).response.status).toBe(304);
    const since = [...cxone.fixtures.agents].map((a) => a.lastUpdated ?? '').sort().at(-10) ?? '';
    const { data } = await client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { updateSince: since } } });
    expect(data?.agents?.map((a) => a.agentId).sort()).toEqual(
      cxone.fixtures.agents.filter((a) => (a.lastUpdated ?? '') >= since).map((a) => a.agentId).sort(),
    );
  });

  it('polls GET /teams with updatedSince (the teams listing keeps the d)', async () => {
    const client = createClient();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await client.GET('/inContactAPI/services/v34.0/teams', { params: { query: { updatedSince: future } } })).response.status).toBe(304);
    const since = [...cxone.fixtures.teams].map((t) => t.lastUpdateTime ?? '').sort().at(-2) ?? '';
    const { data } = await client.GET('/inContactAPI/services/v34.0/teams', { params: { query: { updatedSince: since } } });
    expect(data?.teams).toHaveLength(2);
  });

  it('applies PUT /agents/{agentId} to what GET returns afterwards, and rejects an unknown team or a mismatched agentId', async () => {
    const client = createClient();
    const agent = cxone.fixtures.agents.at(-1);
    const team = cxone.fixtures.teams.find((t) => t.teamId !== agent?.teamId);
    const agentId = String(agent?.agentId);
    const path = { agentId };
    const put = await client.PUT('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path }, body: { agent: { agentId, lastName: 'Renamed', teamId: String(team?.teamId) } } });
    expect(put.response.status).toBe(200);
    const { data } = await client.GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path } });
    expect(data?.agents?.[0]).toMatchObject({ lastName: 'Renamed', teamId: team?.teamId, teamName: team?.teamName });
    const rejected = await client.PUT('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path }, body: { agent: { agentId, teamId: '1' } } });
    expect(rejected.response.status).toBe(400);
    expect(rejected.error).toMatchObject({ error: 'InvalidTeam' });
    const mismatched = await client.PUT('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path }, body: { agent: { agentId: '1' } } });
    expect(mismatched.response.status).toBe(400);
    expect(mismatched.error).toMatchObject({ error: 'InvalidRequest' });
  });

  it('answers GET /skills/{skillId} with the skill itself (skillId at the top, no skills wrapper)', async () => {
    const skill = cxone.fixtures.skills[2];
    const { data } = await createClient().GET('/inContactAPI/services/v34.0/skills/{skillId}', { params: { path: { skillId: String(skill?.skillId) } } });
    expect(data?.skillId).toBe(skill?.skillId);
    expect(data).not.toHaveProperty('skills');
  });

  it('answers GET /contacts/{contactId} for active and completed contacts without a contactEndDate', async () => {
    const client = createClient();
    for (const contact of [cxone.fixtures.activeContacts[0], cxone.fixtures.completedContacts[0]]) {
      const { data } = await client.GET('/inContactAPI/services/v34.0/contacts/{contactId}', { params: { path: { contactId: contact?.contactId ?? 0 } } });
      expect(data?.contactId?.contactId).toBe(contact?.contactId);
      expect(JSON.stringify(data)).not.toContain('contactEndDate');
    }
  });

  it('answers 406 "No known way to render data" when the request does not accept JSON', async () => {
    const token = await createClient().tokenManager.getToken();
    const response = await fetch(`${cxone.apiBaseUrl}/skills`, { headers: { Authorization: `Bearer ${token}`, Accept: 'text/html' } });
    expect(response.status).toBe(406);
    expect(await response.text()).toBe('No known way to render data');
  });
});

describe('scenarios', () => {
  it('forbidden: the client raises ForbiddenError carrying the platform message', async () => {
    server.use(cxone.scenarios.forbidden({ path: '/inContactAPI/services/v34.0/agents', permissions: ['Agents Edit'] }));
    const error = await errorOf(createClient().GET('/inContactAPI/services/v34.0/agents'));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ status: 403, code: 'Forbidden' });
    expect((error as ForbiddenError).serverMessage).toBe('The user does not have the permission(s): Agents Edit');
  });

  it('unauthorized: a 401 for a valid token makes the client refresh and replay once', async () => {
    const client = createClient();
    await client.GET('/inContactAPI/services/v34.0/skills');
    server.use(cxone.scenarios.unauthorized({ path: '/inContactAPI/services/v34.0/skills' }));
    expect((await client.GET('/inContactAPI/services/v34.0/skills')).response.status).toBe(200);
    expect(cxone.stats.tokenRequestsByGrant).toEqual({ password: 1, refresh_token: 1 });
  });

  it('rateLimited without Retry-After: the client backs off with jitter and succeeds', async () => {
    server.use(cxone.scenarios.rateLimited({ path: '/inContactAPI/services/v34.0/skills', retryAfterSeconds: null, times: 2 }));
    const client = createClient();
    const waits: number[] = [];
    client.tokenManager.on('rateLimited', (event) => waits.push(event.retryAfterMs));
    expect((await client.GET('/inContactAPI/services/v34.0/skills')).response.status).toBe(200);
    expect(waits).toHaveLength(2);
    expect(Math.max(...waits)).toBeLessThanOrEqual(10);
    expect(cxone.stats.apiResponsesByStatus).toEqual({ 200: 1, 429: 2 });
  });

  it('serverErrors: a 503 on PUT (idempotent) is retried and the update applied', async () => {
    server.use(cxone.scenarios.serverErrors({ path: '/inContactAPI/services/v34.0/agents/{agentId}', method: 'PUT' }));
    const agent = cxone.fixtures.agents[3];
    const { response } = await createClient().PUT('/inContactAPI/services/v34.0/agents/{agentId}', {
      params: { path: { agentId: String(agent?.agentId) } },
      body: { agent: { agentId: String(agent?.agentId), timeZone: 'America/Chicago' } },
    });
    expect(response.status).toBe(200);
    expect(agent?.timeZone).toBe('America/Chicago');
    expect(cxone.stats.apiResponsesByStatus).toEqual({ 200: 1, 503: 1 });
  });

  it('networkErrors: a dropped connection on a GET is retried', async () => {
    server.use(cxone.scenarios.networkErrors({ path: '/inContactAPI/services/v34.0/contacts/active', times: 2 }));
    const { data } = await createClient().GET('/inContactAPI/services/v34.0/contacts/active');
    expect(data?.activeContacts).toHaveLength(cxone.fixtures.activeContacts.length);
    expect(cxone.stats.faultsInjected).toEqual({ networkErrors: 2 });
  });

  it('latency: answers only after the configured delay', async () => {
    const client = createClient();
    await client.apiBaseUrl();
    server.use(cxone.scenarios.latency({ ms: 50, path: '/inContactAPI/services/v34.0/skills/activity' }));
    const started = performance.now();
    expect((await client.GET('/inContactAPI/services/v34.0/skills/activity')).response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('tokenEndpointErrors: a 502 from the token endpoint is retried and the call succeeds', async () => {
    server.use(cxone.scenarios.tokenEndpointErrors({ status: 502, times: 1 }));
    expect((await createClient().GET('/inContactAPI/services/v34.0/teams')).response.status).toBe(200);
    expect(cxone.stats).toMatchObject({ tokenRequests: 2, tokensIssued: 1 });
    expect(cxone.stats.faultsInjected).toEqual({ tokenEndpointErrors: 1 });
  });
});

describe('every API family on its host', () => {
  const plain = () => createCxoneClient({ ...cxoneSandboxCredentials, tenantId: undefined, retry: { baseDelayMs: 5 } });

  it('answers every operation of every family: the fixtures simulate some, the family tables answer all of them', async () => {
    const { loaders, hosts } = generatedTables['nice-cxone'];
    const tables = await Promise.all(Object.values(loaders).map((load) => load()));
    const answered = new Set(tables.flatMap((table) => table.operations.map(([method, path]) => `${method} ${path}`)));
    expect(cxone.operations.length).toBeGreaterThan(5);
    expect(answered.size).toBeGreaterThan(600);
    expect(cxone.operations.filter((op) => !answered.has(op))).toEqual([]);
    expect(answered).toContain('GET /dfo/3.0/contacts');
    expect(answered).toContain('POST /inContactAPI/services/v33.0/agent-sessions');
    expect(hosts).toMatchObject({ digital: 'digital', agent: 'api', 'user-hub': 'api' });
  });

  it('serves the digital family on api-de-{area}.{domain} (named by discovery) and the others on the API facade, with one token', async () => {
    const client = plain();
    const contacts = await digitalApi(client).GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['closed'] } } });
    expect(contacts.response.url).toBe(`${cxone.digitalEndpoint}/dfo/3.0/contacts?status[]=closed`);
    expect(contacts.response.status).toBe(200);
    expect(Array.isArray(contacts.data?.data)).toBe(true);
    const users = await userHubApi(client).GET('/user-management/v1/users', {});
    expect(users.response.url).toBe(`${cxone.apiEndpoint}/user-management/v1/users`);
    const session = await agentApi(client).POST('/inContactAPI/services/v33.0/agent-sessions', { params: { query: { stationId: 'st-1' } } });
    expect(session.data?.sessionId).toEqual(expect.any(String));
    expect(cxone.digitalEndpoint).toBe('https://api-de-na1.niceincontact.com');
    expect(cxone.stats.tokenRequestsByGrant).toEqual({ password: 1 });
  });

  it('answers 401 on the digital host without a live token, like on the API facade', async () => {
    const response = await fetch(`${cxone.digitalEndpoint}/dfo/3.0/contacts`, { headers: { Authorization: 'Bearer cxone-at-forged' } });
    expect(response.status).toBe(401);
  });

  it.each([
    ['digital', '/dfo/3.0/contacts'],
    ['api', '/user-management/v1/users'],
  ] as const)('injects 401, 403, 429 and 503 for a family on the %s host, which the client rides out or reports', async (host, path) => {
    const client = plain();
    const call = () => (host === 'digital' ? digitalApi(client).GET('/dfo/3.0/contacts', {}) : userHubApi(client).GET('/user-management/v1/users', {}));
    expect((await call()).response.status).toBe(200);
    server.use(cxone.scenarios.unauthorized({ host, path }));
    expect((await call()).response.status).toBe(200);
    server.use(cxone.scenarios.rateLimited({ host, path, retryAfterSeconds: 0 }));
    expect((await call()).response.status).toBe(200);
    server.use(cxone.scenarios.serverErrors({ host, path, status: 503 }));
    expect((await call()).response.status).toBe(200);
    server.use(cxone.scenarios.forbidden({ host, path, permissions: ['Digital View'] }));
    expect(await errorOf(call())).toBeInstanceOf(ForbiddenError);
    expect(cxone.stats.faultsInjected).toEqual({ unauthorized: 1, rateLimited: 1, serverErrors: 1, forbidden: 1 });
    expect(cxone.stats.tokenRequestsByGrant).toEqual({ password: 1, refresh_token: 1 });
  });
});

describe('schema answers of every family (stable values, CRUD state, overrides)', () => {
  const token = async () => (await createCxoneClient({ ...cxoneSandboxCredentials, tenantId: undefined }).tokenManager.getToken());
  const call = async (origin: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { Authorization: `Bearer ${await token()}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  it('answers a digital operation on the digital host and 501 NotImplemented for it on the API facade', async () => {
    const onDigital = await call(cxone.digitalEndpoint, 'GET', '/dfo/3.0/channels');
    expect(onDigital.status).toBe(200);
    expect(await call(cxone.digitalEndpoint, 'GET', '/dfo/3.0/channels')).toEqual(onDigital);
    const onApi = await call(cxone.apiEndpoint, 'GET', '/dfo/3.0/channels');
    expect(onApi.status).toBe(501);
    expect(onApi.body).toMatchObject({ error: 'NotImplemented', errorDescription: expect.stringContaining('GET /dfo/3.0/channels') });
    // and the other way round: an API-facade family is not on the digital host
    expect((await call(cxone.digitalEndpoint, 'GET', '/user-management/v1/users')).status).toBe(501);
  });

  it('creates a SCIM user that a later GET reads back with what POST and PUT set', async () => {
    const created = await call(cxone.apiEndpoint, 'POST', '/scim/v2/Users', { userName: 'ada@example.com', name: { givenName: 'Ada', familyName: 'Lovelace' } });
    expect(created.status).toBe(200);
    const id = String(created.body?.id);
    expect(created.body).toMatchObject({ userName: 'ada@example.com', name: { givenName: 'Ada', familyName: 'Lovelace' } });
    expect((await call(cxone.apiEndpoint, 'GET', `/scim/v2/Users/${id}`)).body).toMatchObject({ id, userName: 'ada@example.com' });
    await call(cxone.apiEndpoint, 'PUT', `/scim/v2/Users/${id}`, { userName: 'ada.lovelace@example.com', name: { givenName: 'Ada', familyName: 'Lovelace' } });
    expect((await call(cxone.apiEndpoint, 'GET', `/scim/v2/Users/${id}`)).body).toMatchObject({ id, userName: 'ada.lovelace@example.com' });
  });

  it('deletes a digital customer note: a later update of it answers 404 NotFound, a bad body 400, in the CXone error shape', async () => {
    const bad = await call(cxone.digitalEndpoint, 'POST', '/dfo/3.0/customers/c-1/notes', { content: 42 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'InvalidRequest', errorDescription: expect.stringContaining('content') });
    const note = await call(cxone.digitalEndpoint, 'POST', '/dfo/3.0/customers/c-1/notes', { content: 'Called back' });
    expect(note.body).toMatchObject({ content: 'Called back', id: expect.any(String) });
    const path = `/dfo/3.0/customers/c-1/notes/${String(note.body?.id)}`;
    expect((await call(cxone.digitalEndpoint, 'PUT', path, { content: 'Called back twice' })).body).toMatchObject({ content: 'Called back twice' });
    expect((await call(cxone.digitalEndpoint, 'DELETE', path)).status).toBe(204);
    const gone = await call(cxone.digitalEndpoint, 'PUT', path, { content: 'Too late' });
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: 'NotFound', errorDescription: expect.stringContaining('noteId') });
  });

  it('overrides an operation on its host until resetOverrides(), ahead of the fixtures too', async () => {
    cxone.override('GET /dfo/3.0/channels', { status: 200, body: [{ id: 'chat_1', name: 'Overridden' }], times: 1 });
    cxone.override('GET /inContactAPI/services/v34.0/teams/{teamId}', { status: 404, body: { error: 'NotFound', errorDescription: 'gone' } });
    try {
      expect((await call(cxone.digitalEndpoint, 'GET', '/dfo/3.0/channels')).body).toEqual([{ id: 'chat_1', name: 'Overridden' }]);
      expect((await call(cxone.digitalEndpoint, 'GET', '/dfo/3.0/channels')).body).not.toEqual([{ id: 'chat_1', name: 'Overridden' }]);
      const teamId = String(cxone.fixtures.teams[0]?.teamId);
      expect((await call(cxone.apiEndpoint, 'GET', `/inContactAPI/services/v34.0/teams/${teamId}`)).status).toBe(404);
      cxone.resetOverrides();
      expect((await call(cxone.apiEndpoint, 'GET', `/inContactAPI/services/v34.0/teams/${teamId}`)).status).toBe(200);
    } finally {
      cxone.resetOverrides();
    }
  });

  it('types override() from the client paths of the families it was given, and answers only those families', async () => {
    const narrow = createCxoneMock({ families: [digitalFamily, userHubFamily] });
    narrow.override('GET /dfo/3.0/channels', { status: 200, body: [] });
    // @ts-expect-error -- not an operation of the digital or user-hub family
    narrow.override('GET /dfo/3.0/nothing-here', { status: 200, body: [] });
    expect((await narrow.loadedFamilies()).map((table) => table.name).sort()).toEqual(['digital', 'user-hub']);
  });
});
