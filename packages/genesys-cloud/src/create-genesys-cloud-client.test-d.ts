import { describe, expectTypeOf, it } from 'vitest';
import type { TokenManager } from '@ccaas/auth-core';
import { createGenesysCloudClient, genesysCloudClientOptionNames, type GenesysCloudClientOptions } from './create-genesys-cloud-client.js';
import type { components } from './generated/schema.gen.js';
import { paginateGenesys } from './paginate-genesys.js';

const client = createGenesysCloudClient({ region: 'us-east-1', clientId: 'id', clientSecret: 'secret' });

describe('Genesys Cloud client types', () => {
  it('types responses from the spec', async () => {
    const { data } = await client.GET('/api/v2/users', { params: { query: { pageSize: 25, expand: ['presence'] } } });
    expectTypeOf(data).toEqualTypeOf<components['schemas']['UserEntityListing'] | undefined>();
    expectTypeOf(data!.entities).toEqualTypeOf<components['schemas']['User'][] | undefined>();
    expectTypeOf(client.tokenManager).toEqualTypeOf<TokenManager>();
  });

  it('rejects unknown paths, unknown query parameters and wrong parameter types at compile time', () => {
    // @ts-expect-error -- not a path of the curated spec
    void client.GET('/api/v2/userz');
    // @ts-expect-error -- pageSize is a number
    void client.GET('/api/v2/users', { params: { query: { pageSize: 'many' } } });
    // @ts-expect-error -- no such query parameter
    void client.GET('/api/v2/users', { params: { query: { page_size: 25 } } });
    // @ts-expect-error -- the path parameter userId is required
    void client.GET('/api/v2/users/{userId}', {});
    // @ts-expect-error -- the analytics query needs a body with an interval
    void client.POST('/api/v2/analytics/conversations/details/query', { body: {} });
  });

  it('only accepts known regions or domains as strings, and a secret for client credentials', () => {
    expectTypeOf(createGenesysCloudClient).parameter(0).toHaveProperty('clientId').toEqualTypeOf<string>();
  });

  it('lists every option in genesysCloudClientOptionNames (the unknown-option check of plain-JavaScript callers)', () => {
    expectTypeOf<(typeof genesysCloudClientOptionNames)[number]>().toEqualTypeOf<keyof GenesysCloudClientOptions>();
  });

  it('paginates with the same options shape as paginateCxone and types the entities from the page', () => {
    const users = paginateGenesys(client, '/api/v2/users', { params: { query: { expand: ['presence'] } }, pageSize: 100, maxPages: 2 });
    expectTypeOf(users).toEqualTypeOf<AsyncGenerator<components['schemas']['User'], void, undefined>>();
  });
});
