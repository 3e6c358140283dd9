import { connect } from 'node:net';
import { createCxoneClient, ForbiddenError } from '@ccaas/nice-cxone';
import { adminApi } from '@ccaas/nice-cxone/admin';
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { routingApi } from '@ccaas/genesys-cloud/routing';
import { usersApi } from '@ccaas/genesys-cloud/users';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MockStats } from './mock-stats.js';
import { startSandbox, type Sandbox } from './sandbox.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

/** Calls the sandbox's control API over HTTP, as another process would. */
const control = (method: string, path: string, body?: unknown) =>
  fetch(`${sandbox.url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const statsOverHttp = async () => (await (await control('GET', '/stats')).json()) as Record<'genesys-cloud' | 'nice-cxone', MockStats>;

/** Clients configured only from `sandbox.env`, like the examples and the demo. */
const genesysClient = () =>
  createGenesysCloudClient({
    clientId: sandbox.env.GENESYS_CLIENT_ID ?? '',
    clientSecret: sandbox.env.GENESYS_CLIENT_SECRET,
    apiBaseUrl: sandbox.env.GENESYS_API_BASE_URL,
    loginBaseUrl: sandbox.env.GENESYS_LOGIN_BASE_URL,
    retry: { baseDelayMs: 5 },
    seedRateLimitFromPlatform: false, // these tests count requests exactly (the read of the org's limits: genesys-org-limits.test.ts)
  });
const cxoneClient = () =>
  adminApi(
    createCxoneClient({
      accessKeyId: sandbox.env.CXONE_ACCESS_KEY_ID ?? '',
      accessKeySecret: sandbox.env.CXONE_ACCESS_KEY_SECRET ?? '',
      clientId: sandbox.env.CXONE_CLIENT_ID ?? '',
      clientSecret: sandbox.env.CXONE_CLIENT_SECRET,
      issuer: sandbox.env.CXONE_ISSUER,
      retry: { baseDelayMs: 5 },
    }),
  );

beforeEach(async () => {
  expect((await control('POST', '/reset-stats')).status).toBe(204);
});
afterEach(async () => {
  expect((await control('DELETE', '/scenarios')).status).toBe(204);
});

describe('startSandbox', () => {
  it('listens on a free 127.0.0.1 port and describes itself (url and env) at GET /__sandbox', async () => {
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.port).toBeGreaterThan(0);
    expect(await (await control('GET', '')).json()).toEqual({ url: sandbox.url, env: sandbox.env });
  });

  it('answers requests addressed to localhost:<port> like those addressed to 127.0.0.1', async () => {
    const response = await fetch(`http://localhost:${sandbox.port}/__sandbox`, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { url: string }).url).toBe(sandbox.url);
  });

  it('serves Genesys Cloud over real HTTP to a client configured from sandbox.env', async () => {
    const { data, response } = await usersApi(genesysClient()).GET('/api/v2/users', { params: { query: { pageSize: 10 } } });
    expect(response.status).toBe(200);
    expect(data?.entities).toHaveLength(10);
    expect(data?.nextUri).toBe('/api/v2/users?pageSize=10&pageNumber=2');
    expect((await statsOverHttp())['genesys-cloud']).toMatchObject({ tokenRequests: 1, apiRequests: 1 });
  });

  it('serves NICE CXone over real HTTP: token, tenant discovery on the sandbox host, then the API', async () => {
    const client = cxoneClient();
    const { data } = await client.GET('/inContactAPI/services/v34.0/teams');
    expect(data?.teams?.length).toBe(sandbox.cxone.fixtures.teams.length);
    expect(await client.apiBaseUrl()).toBe(`${sandbox.url}/nice-cxone/api`);
    expect((await statsOverHttp())['nice-cxone']).toMatchObject({ tokenRequests: 1, discoveryRequests: 1, apiRequests: 1 });
  });

  it('puts a scenario posted as JSON to /__sandbox/genesys-cloud/scenarios/rateLimited in front of the API', async () => {
    const posted = await control('POST', '/genesys-cloud/scenarios/rateLimited', { path: '/api/v2/routing/queues', retryAfterSeconds: 0 });
    expect(posted.status).toBe(204);
    const client = genesysClient();
    const waits: number[] = [];
    client.tokenManager.on('rateLimited', (event) => waits.push(event.retryAfterMs));
    expect((await routingApi(client).GET('/api/v2/routing/queues')).response.status).toBe(200);
    expect(waits).toEqual([0]);
    const stats = (await statsOverHttp())['genesys-cloud'];
    expect(stats.faultsInjected).toEqual({ rateLimited: 1 });
    expect(stats.apiResponsesByStatus).toEqual({ 200: 1, 429: 1 });
  });

  it('serves a sustained limit without rate-limit headers when the control body says rateLimitHeaders: false', async () => {
    const posted = await control('POST', '/genesys-cloud/scenarios/rateLimited', { requestsPerSecond: 2, path: '/api/v2/users', rateLimitHeaders: false });
    expect(posted.status).toBe(204);
    const token = await genesysClient().tokenManager.getToken();
    const answers: Response[] = [];
    // at 2 per second, a few sequential requests over loopback reach the limit; bounded in count
    for (let i = 0; i < 50 && !answers.some((r) => r.status === 429); i += 1) {
      answers.push(await fetch(`${sandbox.env.GENESYS_API_BASE_URL}/api/v2/users`, { headers: { Authorization: `Bearer ${token}` } }));
    }
    const limited = answers.find((r) => r.status === 429);
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(answers.flatMap((r) => [...r.headers.keys()].filter((name) => name.startsWith('inin-ratelimit')))).toEqual([]);
  });

  it('answers 400 naming the problem to scenario options the scenario refuses', async () => {
    const response = await control('POST', '/genesys-cloud/scenarios/rateLimited', { requestsPerSecond: 2, rateLimitHeaders: 'no' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_options', message: expect.stringContaining('rateLimitHeaders must be true or false') });
    expect((await statsOverHttp())['genesys-cloud'].faultsInjected).toEqual({});
  });

  it('removes every scenario on DELETE /__sandbox/scenarios (a negative times means always until then)', async () => {
    await control('POST', '/nice-cxone/scenarios/forbidden', { path: '/inContactAPI/services/v34.0/skills', times: -1 });
    const client = cxoneClient();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await client.GET('/inContactAPI/services/v34.0/skills').catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    }
    expect((await control('DELETE', '/scenarios')).status).toBe(204);
    expect((await client.GET('/inContactAPI/services/v34.0/skills')).response.status).toBe(200);
  });

  it('expires every CXone token on POST /__sandbox/nice-cxone/expire-tokens; the client refreshes and replays', async () => {
    const client = cxoneClient();
    await client.GET('/inContactAPI/services/v34.0/skills');
    expect((await control('POST', '/nice-cxone/expire-tokens')).status).toBe(204);
    expect((await client.GET('/inContactAPI/services/v34.0/skills')).response.status).toBe(200);
    const stats = (await statsOverHttp())['nice-cxone'];
    expect(stats.tokenRequestsByGrant).toEqual({ password: 1, refresh_token: 1 });
    expect(stats.apiResponsesByStatus).toEqual({ 200: 2, 401: 1 });
  });

  it('answers 404 with the scenario names to an unknown scenario or platform', async () => {
    for (const path of ['/genesys-cloud/scenarios/meteorStrike', '/salesforce/scenarios/forbidden']) {
      const response = await control('POST', path, {});
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ scenarios: expect.arrayContaining(['rateLimited', 'networkErrors']) });
    }
  });

  it('answers 400 naming the problem to a control body that is not JSON, and injects nothing', async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/genesys-cloud/scenarios/rateLimited`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: "{times: 3, 'retryAfterSeconds': 2}",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('invalid_json');
    expect(body.message).toMatch(/^the body of POST \/__sandbox\/genesys-cloud\/scenarios\/rateLimited is not JSON \(.+\); send an object such as \{"times":3,"retryAfterSeconds":2\}$/);
    expect((await usersApi(genesysClient()).GET('/api/v2/users')).response.status).toBe(200);
    expect((await statsOverHttp())['genesys-cloud'].faultsInjected).toEqual({});
  });

  it('answers 400 to a control body that is JSON but not an object of options', async () => {
    for (const body of ['[3]', '3', 'null']) {
      const response = await fetch(`${sandbox.url}/__sandbox/nice-cxone/scenarios/rateLimited`, { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_options', message: expect.stringContaining('must be a JSON object of scenario options') });
    }
  });

  it('accepts an empty control body as default options (curl -X POST without -d)', async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/genesys-cloud/scenarios/rateLimited`, { method: 'POST' });
    expect(response.status).toBe(204);
  });

  it('answers 501 naming the operation and how to add it for an operation the simulation does not implement', async () => {
    const token = await genesysClient().tokenManager.getToken();
    const genesys = await fetch(`${sandbox.env.GENESYS_API_BASE_URL}/api/v2/nosuchapi/things`, { headers: { Authorization: `Bearer ${token}` } });
    expect(genesys.status).toBe(501);
    expect(await genesys.json()).toMatchObject({
      code: 'not.implemented',
      message: expect.stringMatching(/Genesys Cloud simulation does not implement GET \/genesys-cloud\/api\/api\/v2\/nosuchapi\/things: it is not an operation of the spec .*add a handler/),
    });
    const cxoneToken = await cxoneClient().tokenManager.getToken();
    const cxone = await fetch(`${sandbox.url}/nice-cxone/api/inContactAPI/services/v34.0/wfm-data/unknown`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${cxoneToken}`, Accept: 'application/json' },
    });
    expect(cxone.status).toBe(501);
    expect(await cxone.json()).toMatchObject({ error: 'NotImplemented', errorDescription: expect.stringContaining('NICE CXone simulation does not implement POST') });
  });

  it('answers 404 naming the served prefixes to a path outside every platform', async () => {
    const response = await fetch(`${sandbox.url}/salesforce/api/v1/things`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining('Genesys Cloud lives under /genesys-cloud/api') });
  });

  it('answers a CORS preflight and names the origin on the answer, so a browser app on another origin can call it', async () => {
    const origin = 'http://127.0.0.1:1';
    const preflight = await fetch(`${sandbox.env.GENESYS_API_BASE_URL}/api/v2/users`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      'access-control-allow-origin': origin,
      'access-control-allow-headers': 'authorization',
      'access-control-allow-methods': expect.stringContaining('GET'),
    });
    const token = await genesysClient().tokenManager.getToken();
    const answer = await fetch(`${sandbox.env.GENESYS_API_BASE_URL}/api/v2/users`, { headers: { Origin: origin, Authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
    expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('destroys the socket for networkErrors, so fetch over real HTTP rejects', async () => {
    const token = await genesysClient().tokenManager.getToken();
    await control('POST', '/genesys-cloud/scenarios/networkErrors', { path: '/api/v2/users' });
    const failed = await fetch(`${sandbox.env.GENESYS_API_BASE_URL}/api/v2/users`, {
      headers: { Authorization: `Bearer ${token}` },
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TypeError);
    expect((await statsOverHttp())['genesys-cloud'].faultsInjected).toEqual({ networkErrors: 1 });
  });
});

describe('Sandbox.stop', () => {
  it('closes the port: a new connection is refused', async () => {
    const stopped = await startSandbox();
    expect((await fetch(`${stopped.url}/__sandbox`)).status).toBe(200);
    await stopped.stop();
    const refused = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
      const socket = connect(stopped.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        reject(new Error(`port ${stopped.port} still accepts connections`));
      });
      socket.once('error', resolve);
    });
    expect(refused.code).toBe('ECONNREFUSED');
  });
});

describe('operations answered from the spec, over HTTP', () => {
  it('answers GET /api/v2/routing/wrapupcodes (outside the curated fixtures) with a listing, not 501', async () => {
    const { data, response } = await routingApi(genesysClient()).GET('/api/v2/routing/wrapupcodes', { params: { query: { pageSize: 2 } } });
    expect(response.status).toBe(200);
    expect(data?.entities).toHaveLength(2);
    expect(data?.nextUri).toBe('/api/v2/routing/wrapupcodes?pageSize=2&pageNumber=2');
  });

  it('answers an override set through the control API, typed through sandbox.genesysCloud.override in process, until the scenarios are reset', async () => {
    const set = await control('POST', '/genesys-cloud/overrides', { operation: 'GET /api/v2/routing/wrapupcodes/{codeId}', status: 200, body: { id: 'w-1', name: 'From control' } });
    expect(set.status).toBe(204);
    const client = routingApi(genesysClient());
    const read = await client.GET('/api/v2/routing/wrapupcodes/{codeId}', { params: { path: { codeId: 'w-1' } } });
    expect(read.data).toEqual({ id: 'w-1', name: 'From control' });
    expect((await control('DELETE', '/genesys-cloud/overrides')).status).toBe(204);
    expect((await client.GET('/api/v2/routing/wrapupcodes/{codeId}', { params: { path: { codeId: 'w-1' } } })).response.status).toBe(404);

    sandbox.genesysCloud.override('GET /api/v2/routing/wrapupcodes/{codeId}', { status: 200, body: { id: 'w-2', name: 'In process' } });
    expect((await client.GET('/api/v2/routing/wrapupcodes/{codeId}', { params: { path: { codeId: 'w-2' } } })).data?.name).toBe('In process');
  });

  it('answers a CXone override set through /__sandbox/nice-cxone/overrides on the digital host, until DELETE', async () => {
    const set = await control('POST', '/nice-cxone/overrides', { operation: 'GET /dfo/3.0/channels', status: 200, body: [{ id: 'chat_9', name: 'From control' }] });
    expect(set.status).toBe(204);
    const token = await cxoneClient().tokenManager.getToken();
    const channels = () => fetch(`${sandbox.env.CXONE_DIGITAL_ENDPOINT}/dfo/3.0/channels`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    expect(await (await channels()).json()).toEqual([{ id: 'chat_9', name: 'From control' }]);
    expect((await control('DELETE', '/nice-cxone/overrides')).status).toBe(204);
    const after = await channels();
    expect(after.status).toBe(200);
    expect(await after.json()).not.toEqual([{ id: 'chat_9', name: 'From control' }]);
  });

  it('answers 400 naming the problem to an override without operation or status, 404 for a platform without overrides', async () => {
    const bad = await control('POST', '/genesys-cloud/overrides', { status: 200 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_options', message: expect.stringContaining('"operation"') });
    const missing = await control('POST', '/salesforce/overrides', { operation: 'GET /x', status: 200 });
    expect(missing.status).toBe(404);
  });
});
