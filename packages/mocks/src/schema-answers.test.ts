// The Genesys Cloud operations outside the curated fixtures, answered from their schemas: listings, state across
// calls, unknown ids, invalid bodies, overrides and fault scenarios on them.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenesysCloudMock, genesysCloudSandboxCredentials, type GenesysCloudMock } from './create-genesys-cloud-mock.js';
import { routing } from './generated/genesys-cloud/routing.js';

const genesys = createGenesysCloudMock();
const routingOnly = createGenesysCloudMock({ areas: [routing], apiBaseUrl: 'https://api.routing-only.test', loginBaseUrl: 'https://login.routing-only.test' });
const otherSeed = createGenesysCloudMock({ seed: 7, apiBaseUrl: 'https://api.seed7.test', loginBaseUrl: 'https://login.seed7.test' });
const server = setupServer(...genesys.handlers, ...routingOnly.handlers, ...otherSeed.handlers);
const tokens = new Map<GenesysCloudMock<never>, string>();

async function tokenOf(mock: GenesysCloudMock<never>): Promise<string> {
  const known = tokens.get(mock);
  if (known) return known;
  const response = await fetch(mock.tokenEndpoint, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${genesysCloudSandboxCredentials.clientId}:${genesysCloudSandboxCredentials.clientSecret}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const token = ((await response.json()) as { access_token: string }).access_token;
  tokens.set(mock, token);
  return token;
}

/** A call to the API host of `mock` (default the all-areas mock) with a valid token. */
async function call(path: string, init: { method?: string; body?: unknown } = {}, mock: GenesysCloudMock<never> = genesys as GenesysCloudMock<never>) {
  const response = await fetch(`${mock.apiBaseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${await tokenOf(mock)}`, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Record<string, any> };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  genesys.resetOverrides();
});
afterAll(() => server.close());

describe('operations outside the curated fixtures', () => {
  it.each([
    '/api/v2/routing/wrapupcodes',
    '/api/v2/routing/skills',
    '/api/v2/architect/prompts',
    '/api/v2/groups',
    '/api/v2/outbound/campaigns',
    '/api/v2/presencedefinitions',
  ])('GET %s answers 200 with a listing instead of 501', async (path) => {
    const { status, body, headers } = await call(path);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(Array.isArray(body.entities)).toBe(true);
    expect(headers.get('ININ-Correlation-Id')).toBeTruthy();
  });

  it('pages a listing the way the platform does: pageSize, pageNumber, total, pageCount and the relative URIs', async () => {
    const first = await call('/api/v2/routing/wrapupcodes?pageSize=2');
    expect(first.body).toMatchObject({ pageSize: 2, pageNumber: 1 });
    const { total, pageCount } = first.body as { total: number; pageCount: number };
    expect(total).toBeGreaterThanOrEqual(3);
    expect(pageCount).toBe(Math.ceil(total / 2));
    expect(first.body.entities).toHaveLength(2);
    expect(first.body.nextUri).toBe('/api/v2/routing/wrapupcodes?pageSize=2&pageNumber=2');
    expect(first.body.firstUri).toBe('/api/v2/routing/wrapupcodes?pageSize=2&pageNumber=1');
    expect(first.body.lastUri).toBe(`/api/v2/routing/wrapupcodes?pageSize=2&pageNumber=${pageCount}`);
    const last = await call(first.body.lastUri as string);
    expect(last.body.nextUri).toBeUndefined();
    expect(last.body.previousUri).toBeDefined();
    const everything = [...first.body.entities];
    for (let next = first.body.nextUri as string | undefined; next; ) {
      const page = await call(next);
      everything.push(...page.body.entities);
      next = page.body.nextUri;
    }
    expect(new Set(everything.map((e: { id: string }) => e.id)).size).toBe(total);
  });

  it('pages a cursor listing with `after` in nextUri until the last page, which has none', async () => {
    const first = await call('/api/v2/assistants?pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body.entities).toHaveLength(2);
    expect(first.body.nextUri).toBe('/api/v2/assistants?pageSize=2&after=2');
    expect(first.body.previousUri).toBeUndefined();
    const ids = first.body.entities.map((e: { id: string }) => e.id);
    let pages = 1;
    for (let next = first.body.nextUri as string | undefined; next && pages < 10; pages += 1) {
      const page = await call(next);
      ids.push(...page.body.entities.map((e: { id: string }) => e.id));
      next = page.body.nextUri;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await call(`/api/v2/assistants/${ids.at(-1)}`)).body.id).toBe(ids.at(-1));
  });

  it('pages an analytics query by the body\'s paging and reports the same totalHits on every page', async () => {
    const query = (pageNumber: number) => ({ interval: '2026-11-01T00:00:00Z/2026-11-02T00:00:00Z', paging: { pageSize: 2, pageNumber } });
    const first = await call('/api/v2/analytics/users/details/query', { method: 'POST', body: query(1) });
    expect(first.status).toBe(200);
    const totalHits = first.body.totalHits as number;
    expect(totalHits).toBeGreaterThanOrEqual(3);
    expect(first.body.userDetails).toHaveLength(2);
    const last = await call('/api/v2/analytics/users/details/query', { method: 'POST', body: query(Math.ceil(totalHits / 2)) });
    expect(last.body.totalHits).toBe(totalHits);
    expect(last.body.userDetails).toHaveLength(totalHits % 2 === 0 ? 2 : 1);
    expect(last.body.userDetails).not.toEqual(first.body.userDetails);
  });

  it('keeps ids stable across calls and reads an entity of a listing by its id (same id, same name)', async () => {
    const once = await call('/api/v2/routing/skills');
    const again = await call('/api/v2/routing/skills');
    expect(again.body.entities).toEqual(once.body.entities);
    const [skill] = once.body.entities as { id: string; name: string; selfUri: string }[];
    const read = await call(`/api/v2/routing/skills/${skill!.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: skill!.id, name: skill!.name, selfUri: skill!.selfUri });
  });

  it('is deterministic for a seed: the same seed answers the same, another seed other ids', async () => {
    const mine = await call('/api/v2/groups');
    const twin = createGenesysCloudMock({ apiBaseUrl: 'https://api.twin.test', loginBaseUrl: 'https://login.twin.test' });
    server.use(...twin.handlers);
    const twins = await call('/api/v2/groups', {}, twin as GenesysCloudMock<never>);
    expect(twins.body.entities).toEqual(mine.body.entities);
    const other = await call('/api/v2/groups', {}, otherSeed as GenesysCloudMock<never>);
    expect(other.body.entities[0].id).not.toBe(mine.body.entities[0].id);
  });

  it('answers 404 with the platform error body for an id no listing has', async () => {
    const { status, body, headers } = await call('/api/v2/routing/wrapupcodes/ffffffff-0000-4000-8000-00000000dead');
    expect(status).toBe(404);
    expect(body).toMatchObject({ status: 404, code: 'not.found', message: expect.stringContaining('codeId ffffffff-0000-4000-8000-00000000dead') });
    expect(body.contextId).toBe(headers.get('ININ-Correlation-Id'));
  });

  it('checks a parent id too: a wrap-up code listing of a queue no fixture has is a 404', async () => {
    const queue = genesys.fixtures.queues[0]!;
    expect((await call(`/api/v2/routing/queues/${queue.id}/wrapupcodes`)).status).toBe(200);
    expect((await call('/api/v2/routing/queues/ffffffff-0000-4000-8000-00000000dead/wrapupcodes')).status).toBe(404);
  });

  it('answers 400 naming the field for a body that fails the schema, and for a missing required body', async () => {
    const wrongType = await call('/api/v2/routing/wrapupcodes', { method: 'POST', body: { name: 42 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ code: 'bad.request', message: expect.stringContaining('name must be string') });
    const missing = await call('/api/v2/routing/wrapupcodes', { method: 'POST', body: { description: 'no name' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('name is required');
    const none = await call('/api/v2/routing/wrapupcodes', { method: 'POST' });
    expect(none.status).toBe(400);
    expect(none.body.message).toContain('the request body is required');
  });
});

describe('state within one mock instance', () => {
  it('creates, reads, lists, updates and deletes a wrap-up code', async () => {
    const created = await call('/api/v2/routing/wrapupcodes', { method: 'POST', body: { name: 'Callback booked' } });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ id, name: 'Callback booked' });

    expect((await call(`/api/v2/routing/wrapupcodes/${id}`)).body).toMatchObject({ id, name: 'Callback booked' });
    const listing = await call('/api/v2/routing/wrapupcodes?pageSize=100');
    expect(listing.body.entities).toContainEqual(expect.objectContaining({ id, name: 'Callback booked' }));

    const updated = await call(`/api/v2/routing/wrapupcodes/${id}`, { method: 'PUT', body: { name: 'Callback arranged' } });
    expect(updated.body).toMatchObject({ id, name: 'Callback arranged' });
    expect((await call(`/api/v2/routing/wrapupcodes/${id}`)).body.name).toBe('Callback arranged');

    expect((await call(`/api/v2/routing/wrapupcodes/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`/api/v2/routing/wrapupcodes/${id}`)).status).toBe(404);
    expect((await call('/api/v2/routing/wrapupcodes?pageSize=100')).body.entities.map((e: { id: string }) => e.id)).not.toContain(id);
  });

  it('deletes a seeded presence definition (204) so that a later read is a 404 and the listing shrinks', async () => {
    const before = await call('/api/v2/presencedefinitions?pageSize=100');
    const victim = before.body.entities[0].id as string;
    expect((await call(`/api/v2/presencedefinitions/${victim}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/v2/presencedefinitions/${victim}`)).status).toBe(404);
    expect((await call('/api/v2/presencedefinitions?pageSize=100')).body.total).toBe(before.body.total - 1);
  });

  it('lets ids of the curated fixtures name sub-resources (a fixture user\'s routing skills)', async () => {
    const user = genesys.fixtures.users[0]!;
    expect((await call(`/api/v2/users/${user.id}/routingskills`)).status).toBe(200);
    expect((await call('/api/v2/users/ffffffff-0000-4000-8000-00000000dead/routingskills')).status).toBe(404);
  });
});

describe('overrides', () => {
  it('answers an overridden operation with the given status and body, ahead of the schema answer', async () => {
    genesys.override('GET /api/v2/routing/wrapupcodes', { status: 200, body: { entities: [{ id: 'w1', name: 'Sale' }], pageSize: 25, pageNumber: 1, total: 1 } });
    expect((await call('/api/v2/routing/wrapupcodes')).body).toEqual({ entities: [{ id: 'w1', name: 'Sale' }], pageSize: 25, pageNumber: 1, total: 1 });
  });

  it('overrides a curated operation too, with path parameters, `times` and headers', async () => {
    genesys.override('GET /api/v2/users/{userId}', { status: 404, body: { message: 'gone', code: 'not.found', status: 404 }, headers: { 'x-test': '1' }, times: 1 });
    const user = genesys.fixtures.users[0]!;
    const overridden = await call(`/api/v2/users/${user.id}`);
    expect(overridden).toMatchObject({ status: 404, body: { message: 'gone' } });
    expect(overridden.headers.get('x-test')).toBe('1');
    expect((await call(`/api/v2/users/${user.id}`)).status).toBe(200);
  });

  it('types overrides from the client types of the mock\'s areas and answers only those areas', async () => {
    routingOnly.override('GET /api/v2/routing/wrapupcodes/{codeId}', { status: 200, body: { id: 'typed', name: 'Typed' } });
    expect((await call('/api/v2/routing/wrapupcodes/anything', {}, routingOnly as GenesysCloudMock<never>)).body).toEqual({ id: 'typed', name: 'Typed' });
    expect((await call('/api/v2/routing/skills', {}, routingOnly as GenesysCloudMock<never>)).status).toBe(200);
    expect((await call('/api/v2/groups', {}, routingOnly as GenesysCloudMock<never>)).status).toBe(501);
    routingOnly.resetOverrides();
    expect(await routingOnly.loadedAreas()).toEqual([routing]);
  });

  it('refuses a key that is not "METHOD /path"', () => {
    expect(() => genesys.override('GET' as 'GET /x', { status: 200 })).toThrow(/METHOD \/path/);
  });
});

describe('fault scenarios on any path and method', () => {
  it('answers 403 with the platform body on a POST outside the curated set', async () => {
    server.use(genesys.scenarios.forbidden({ path: '/api/v2/outbound/campaigns', method: 'POST', permissions: ['outbound:campaign:add'] }));
    const { status, body } = await call('/api/v2/outbound/campaigns', { method: 'POST', body: {} });
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 'missing.permissions', messageParams: { permissions: 'outbound:campaign:add' } });
  });

  it('answers 429 with Retry-After, then the normal answer, on a generated path with a parameter', async () => {
    const [skill] = (await call('/api/v2/routing/skills')).body.entities as { id: string }[];
    server.use(genesys.scenarios.rateLimited({ path: '/api/v2/routing/skills/{skillId}', method: 'GET', retryAfterSeconds: 3 }));
    const limited = await call(`/api/v2/routing/skills/${skill!.id}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await call(`/api/v2/routing/skills/${skill!.id}`)).status).toBe(200);
  });

  it('answers 401 and 503 on a DELETE, and adds latency to a PATCH', async () => {
    server.use(genesys.scenarios.unauthorized({ path: '/api/v2/groups/{groupId}', method: 'DELETE' }));
    expect((await call('/api/v2/groups/x', { method: 'DELETE' })).body.code).toBe('credentials.expired');
    server.use(genesys.scenarios.serverErrors({ path: '/api/v2/groups/{groupId}', method: 'DELETE', status: 503 }));
    expect((await call('/api/v2/groups/x', { method: 'DELETE' })).status).toBe(503);
    server.use(genesys.scenarios.latency({ path: '/api/v2/architect/prompts', ms: 30 }));
    const before = genesys.stats.faultsInjected.latency ?? 0;
    expect((await call('/api/v2/architect/prompts')).status).toBe(200);
    expect(genesys.stats.faultsInjected.latency).toBe(before + 1);
  });

  it('answers 401 credentials.expired on a generated operation once the mock expires tokens', async () => {
    const mock = createGenesysCloudMock({ apiBaseUrl: 'https://api.expiry.test', loginBaseUrl: 'https://login.expiry.test' });
    server.use(...mock.handlers);
    expect((await call('/api/v2/presencedefinitions', {}, mock as GenesysCloudMock<never>)).status).toBe(200);
    mock.expireTokens();
    expect((await call('/api/v2/presencedefinitions', {}, mock as GenesysCloudMock<never>)).body.code).toBe('credentials.expired');
  });
});
