import { describe, expectTypeOf, it } from 'vitest';
import { createCxoneClient, cxoneClientOptionNames, type CxoneClientOptions } from './create-cxone-client.js';
import type { components } from './generated/schema.gen.js';
import { paginateCxone } from './paginate-cxone.js';

const client = createCxoneClient({ accessKeyId: 'k', accessKeySecret: 's', clientId: 'app' });

describe('CXone client types', () => {
  it('types responses from the spec', async () => {
    const { data } = await client.GET('/agents', { params: { query: { top: 10, isActive: true } } });
    expectTypeOf(data).toEqualTypeOf<components['schemas']['AgentList'] | undefined>();
    expectTypeOf(data!.agents).toEqualTypeOf<components['schemas']['Agent'][] | undefined>();
    expectTypeOf(client.apiBaseUrl).returns.toEqualTypeOf<Promise<string>>();
  });

  it('rejects unknown paths, unknown query parameters and wrong parameter types at compile time', () => {
    // @ts-expect-error -- not a CXone path (the version prefix lives in the base URL)
    void client.GET('/inContactAPI/services/v34.0/agents');
    // @ts-expect-error -- top is a number
    void client.GET('/agents', { params: { query: { top: 'ten' } } });
    // @ts-expect-error -- no such query parameter
    void client.GET('/agents', { params: { query: { limit: 10 } } });
    // @ts-expect-error -- agentId path parameter is required
    void client.GET('/agents/{agentId}', {});
  });

  it('lists every option in cxoneClientOptionNames (the unknown-option check of plain-JavaScript callers)', () => {
    expectTypeOf<(typeof cxoneClientOptionNames)[number]>().toEqualTypeOf<keyof CxoneClientOptions>();
  });

  it('paginates with the same options shape as paginateGenesys and types the items from the page', () => {
    const agents = paginateCxone(client, '/agents', { params: { query: { isActive: true } }, pageSize: 50, maxPages: 2 });
    expectTypeOf(agents).toEqualTypeOf<AsyncGenerator<components['schemas']['Agent'], void, undefined>>();
    // @ts-expect-error -- `items` must be an array property of the page
    void paginateCxone(client, '/agents', { items: 'totalRecords' });
    // @ts-expect-error -- skip/top are set by the paginator
    void paginateCxone(client, '/agents', { params: { query: { skip: 5 } } });
  });
});
