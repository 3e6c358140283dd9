import { describe, expectTypeOf, it } from 'vitest';
import { createCxoneClient, cxoneClientOptionNames, type CxoneClientOptions } from './create-cxone-client.js';
import { adminApi, type components, type paths } from './generated/admin.js';
import { reportingApi } from './generated/reporting.js';
import { agentApi } from './generated/agent.js';
import { digitalApi, type components as DigitalComponents } from './generated/digital.js';
import { userHubApi } from './generated/user-hub.js';

type DigitalSchemas = DigitalComponents['schemas'];
import { paginateCxone } from './paginate-cxone.js';

const cxone = createCxoneClient({ accessKeyId: 'k', accessKeySecret: 's', clientId: 'app' });
const client = adminApi(cxone);
type Schemas = components['schemas'];

describe('CXone client types', () => {
  it('types responses from the spec', async () => {
    const { data } = await client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { top: '10', isActive: true } } });
    expectTypeOf(data).toEqualTypeOf<Schemas['AgentList'] | undefined>();
    expectTypeOf(data!.agents).toEqualTypeOf<Schemas['Agent'][] | undefined>();
    expectTypeOf(client.apiBaseUrl).returns.toEqualTypeOf<Promise<string>>();
  });

  it('rejects unknown paths, unknown query parameters and wrong parameter types at compile time', () => {
    // @ts-expect-error -- paths start at the host root: the version prefix is part of the path
    void client.GET('/agents');
    // @ts-expect-error -- the root client carries no paths: take them from a family entry
    void cxone.GET;
    // @ts-expect-error -- GET /agents takes skip/top as strings (NICE's v34 document), not numbers
    void client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { top: 10 } } });
    // @ts-expect-error -- no such query parameter
    void client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { limit: 10 } } });
    // @ts-expect-error -- agentId path parameter is required
    void client.GET('/inContactAPI/services/v34.0/agents/{agentId}', {});
  });

  it('polls GET /agents with updateSince (not updatedSince) and GET /teams with updatedSince', () => {
    void client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { updateSince: '2026-01-01T00:00:00Z' } } });
    // @ts-expect-error -- the agents listing names its polling parameter updateSince
    void client.GET('/inContactAPI/services/v34.0/agents', { params: { query: { updatedSince: '2026-01-01T00:00:00Z' } } });
    void client.GET('/inContactAPI/services/v34.0/teams', { params: { query: { updatedSince: '2026-01-01T00:00:00Z' } } });
    expectTypeOf<NonNullable<paths['/inContactAPI/services/v34.0/agents']['get']['parameters']['query']>>().toHaveProperty('updateSince');
    expectTypeOf<NonNullable<paths['/inContactAPI/services/v34.0/teams']['get']['parameters']['query']>>().toHaveProperty('updatedSince');
  });

  it('returns the skill itself from GET /skills/{skillId}, not a skills wrapper', async () => {
    const { data } = await client.GET('/inContactAPI/services/v34.0/skills/{skillId}', { params: { path: { skillId: '3001' } } });
    expectTypeOf(data).toEqualTypeOf<Schemas['SkillDetails'] | undefined>();
    expectTypeOf(data!.skillId).toEqualTypeOf<number | undefined>();
    expectTypeOf<Schemas['SkillDetails']>().not.toHaveProperty('skills');
  });

  it('has no isSupervisor in the PUT /agents/{agentId} body (it only appears in responses)', () => {
    void client.PUT('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: '1001' } }, body: { agent: { agentId: '1001', timeZone: 'UTC' } } });
    // @ts-expect-error -- isSupervisor cannot be written
    const promote: Schemas['AgentUpdateRequest'] = { agent: { agentId: '1001', isSupervisor: true } };
    void promote;
    expectTypeOf<Schemas['AgentUpdate']>().not.toHaveProperty('isSupervisor');
    expectTypeOf<Schemas['Agent']>().toHaveProperty('isSupervisor');
  });

  it('has no contactEndDate on GET /contacts/{contactId}', async () => {
    const { data } = await reportingApi(cxone).GET('/inContactAPI/services/v34.0/contacts/{contactId}', { params: { path: { contactId: 9000000001 } } });
    type Contact = NonNullable<NonNullable<typeof data>['contactId']>;
    expectTypeOf<Contact>().not.toHaveProperty('contactEndDate');
    expectTypeOf<Contact>().toHaveProperty('contactStartDate');
  });

  it('withPaths types the same client with the caller own paths and keeps the shipped ones out', async () => {
    interface MyPaths {
      '/beta/widgets/{widgetId}': {
        parameters: { query?: never; header?: never; path: { widgetId: string }; cookie?: never };
        get: {
          parameters: { query?: { expand?: string }; header?: never; path: { widgetId: string }; cookie?: never };
          requestBody?: never;
          responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': { id: string; size: number } } } };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
      };
    }
    const beta = client.withPaths<MyPaths>();
    const { data } = await beta.GET('/beta/widgets/{widgetId}', { params: { path: { widgetId: 'w1' }, query: { expand: 'all' } } });
    expectTypeOf(data).toEqualTypeOf<{ id: string; size: number } | undefined>();
    // @ts-expect-error -- the shipped paths are not part of MyPaths
    void beta.GET('/inContactAPI/services/v34.0/agents');
    // @ts-expect-error -- widgetId is required
    void beta.GET('/beta/widgets/{widgetId}', {});
  });

  it('lists every option in cxoneClientOptionNames (the unknown-option check of plain-JavaScript callers)', () => {
    expectTypeOf<(typeof cxoneClientOptionNames)[number]>().toEqualTypeOf<keyof CxoneClientOptions>();
  });

  it('paginates with the same options shape as paginateGenesys and types the items from the page', () => {
    const agents = paginateCxone(client, '/inContactAPI/services/v34.0/agents', { params: { query: { isActive: true } }, pageSize: 50, maxPages: 2 });
    expectTypeOf(agents).toEqualTypeOf<AsyncGenerator<components['schemas']['Agent'], void, undefined>>();
    // @ts-expect-error -- `items` must be an array property of the page
    void paginateCxone(client, '/inContactAPI/services/v34.0/agents', { items: 'totalRecords' });
    // @ts-expect-error -- skip/top are set by the paginator
    void paginateCxone(client, '/inContactAPI/services/v34.0/agents', { params: { query: { skip: 5 } } });
  });
});

describe('family entries', () => {
  it('types each family with its own paths from the host root, and keeps the other families out', async () => {
    const digital = digitalApi(cxone);
    const { data } = await digital.GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['open'] } } });
    expectTypeOf(data!.data).toEqualTypeOf<DigitalSchemas['DigitalContact'][] | undefined>();
    // @ts-expect-error -- an admin path is not a digital path
    void digital.GET('/inContactAPI/services/v34.0/agents');
    // @ts-expect-error -- the digital contact search has no `limit`
    void digital.GET('/dfo/3.0/contacts', { params: { query: { limit: 10 } } });
    const session = await agentApi(cxone).POST('/inContactAPI/services/v33.0/agent-sessions', { params: { query: { stationId: 's' } } });
    expectTypeOf(session.data).toEqualTypeOf<{ sessionId: string } | undefined>();
    // @ts-expect-error -- starting a session needs its stationId
    void agentApi(cxone).POST('/inContactAPI/services/v33.0/agent-sessions', { params: { query: {} } });
    const users = await userHubApi(cxone).GET('/user-management/v1/users', { params: { query: { includeDeleted: false } } });
    expectTypeOf(users.data!.users![0]!.status).toEqualTypeOf<'UNREGISTERED' | 'PENDING' | 'ACTIVE' | 'BLOCKED' | 'DELETED' | undefined>();
  });
});
