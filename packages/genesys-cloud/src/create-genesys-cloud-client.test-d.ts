import { describe, expectTypeOf, it } from 'vitest';
import type { TokenManager } from '@ccaas/auth-core';
import {
  createGenesysCloudClient,
  genesysCloudClientOptionNames,
  type GenesysCloudApi,
  type GenesysCloudClientOptions,
} from './create-genesys-cloud-client.js';
import { analyticsApi, type components as AnalyticsComponents } from './generated/analytics.js';
import type { components as ConversationsComponents } from './generated/conversations.js';
import type { components as TokensComponents } from './generated/tokens.js';
import { routingApi, type components as RoutingComponents, type paths as RoutingPaths } from './generated/routing.js';
import { usersApi, type components } from './generated/users.js';
import { paginateGenesys } from './paginate-genesys.js';

const client = createGenesysCloudClient({ region: 'us-east-1', clientId: 'id', clientSecret: 'secret' });
const users = usersApi(client);
const routing = routingApi(client);

describe('Genesys Cloud client types', () => {
  it('types responses from the area\'s spec', async () => {
    const { data } = await users.GET('/api/v2/users', { params: { query: { pageSize: 25, expand: ['presence'] } } });
    expectTypeOf(data).toEqualTypeOf<components['schemas']['UserEntityListing'] | undefined>();
    expectTypeOf(data!.entities).toEqualTypeOf<components['schemas']['User'][] | undefined>();
    expectTypeOf(users.tokenManager).toEqualTypeOf<TokenManager>();
    const codes = await routing.GET('/api/v2/routing/wrapupcodes');
    expectTypeOf(codes.data).toEqualTypeOf<RoutingComponents['schemas']['WrapupCodeEntityListing'] | undefined>();
    expectTypeOf(routing).toEqualTypeOf<GenesysCloudApi<RoutingPaths>>();
  });

  it('types error bodies as the vendor\'s ErrorBody and reads other bodies per parseAs, as openapi-fetch does', async () => {
    const { error } = await users.GET('/api/v2/users/{userId}', { params: { path: { userId: 'u-1' } } });
    expectTypeOf(error).toEqualTypeOf<components['schemas']['ErrorBody'] | undefined>();
    const text = await users.GET('/api/v2/users/{userId}', { params: { path: { userId: 'u-1' } }, parseAs: 'text' });
    expectTypeOf(text.data).toEqualTypeOf<string | undefined>();
    const stream = await users.GET('/api/v2/users', { parseAs: 'stream', signal: AbortSignal.timeout(1_000) });
    expectTypeOf(stream.data).toEqualTypeOf<ReadableStream<Uint8Array> | null | undefined>();
  });

  it('rejects unknown paths, unknown query parameters and wrong parameter types at compile time', () => {
    // @ts-expect-error -- not a path of the Users area
    void users.GET('/api/v2/userz');
    // @ts-expect-error -- a Routing path is not in the Users area
    void users.GET('/api/v2/routing/wrapupcodes');
    // @ts-expect-error -- pageSize is a number
    void users.GET('/api/v2/users', { params: { query: { pageSize: 'many' } } });
    // @ts-expect-error -- no such query parameter
    void users.GET('/api/v2/users', { params: { query: { page_size: 25 } } });
    // @ts-expect-error -- the path parameter userId is required
    void users.GET('/api/v2/users/{userId}', {});
    // @ts-expect-error -- the analytics query needs a body with an interval
    void analyticsApi(client).POST('/api/v2/analytics/conversations/details/query', { body: {} });
    // @ts-expect-error -- and it needs a body at all
    void analyticsApi(client).POST('/api/v2/analytics/conversations/details/query');
    // @ts-expect-error -- GET /api/v2/users takes no body
    void users.GET('/api/v2/users', { body: { name: 'x' } });
    // @ts-expect-error -- no DELETE on /api/v2/users
    void users.DELETE('/api/v2/users');
  });

  it('has no untyped GET on the client itself: requests go through an area or withPaths', () => {
    // @ts-expect-error -- pick an area: usersApi(client).GET(...) (the message says so: root-client-hint.test-d.ts)
    void (() => client.GET('/api/v2/users'));
  });

  it('offers enum values and still accepts values the vendor added after its 2017 document', () => {
    void users.GET('/api/v2/users', { params: { query: { state: 'active' } } });
    void users.GET('/api/v2/users', { params: { query: { state: 'any' } } });
    expectTypeOf<components['schemas']['User']['state']>().toEqualTypeOf<'active' | 'inactive' | 'deleted' | (string & {}) | undefined>();
  });

  it('paginates any area\'s page envelopes and types the entities', async () => {
    for await (const user of paginateGenesys(users, '/api/v2/users', { params: { query: { pageSize: 100 } } })) {
      expectTypeOf(user).toEqualTypeOf<components['schemas']['User']>();
    }
    for await (const queue of paginateGenesys(routing, '/api/v2/routing/queues')) {
      expectTypeOf(queue).toEqualTypeOf<RoutingComponents['schemas']['Queue']>();
    }
    // @ts-expect-error -- a single user is not a page envelope
    void paginateGenesys(users, '/api/v2/users/{userId}');
  });

  it('types the client with a user\'s own openapi-typescript paths (withPaths)', async () => {
    interface PrivatePaths {
      '/api/v2/private/thing': { get: { parameters: { query?: { id?: string } }; responses: { 200: { content: { 'application/json': { ok: boolean } } } } } };
    }
    const { data } = await client.withPaths<PrivatePaths>().GET('/api/v2/private/thing', { params: { query: { id: 'x' } } });
    expectTypeOf(data).toEqualTypeOf<{ ok: boolean } | undefined>();
  });

  it('only accepts known regions or domains as strings, and a secret for client credentials', () => {
    expectTypeOf(createGenesysCloudClient).parameter(0).toHaveProperty('clientId').toEqualTypeOf<string>();
  });

  it('lists every option in genesysCloudClientOptionNames (the unknown-option check of plain-JavaScript callers)', () => {
    expectTypeOf<(typeof genesysCloudClientOptionNames)[number]>().toEqualTypeOf<keyof GenesysCloudClientOptions>();
  });

  it('paginates with the same options shape as paginateCxone and types the entities from the page', () => {
    const users = paginateGenesys(usersApi(client), '/api/v2/users', { params: { query: { expand: ['presence'] } }, pageSize: 100, maxPages: 2 });
    expectTypeOf(users).toEqualTypeOf<AsyncGenerator<components['schemas']['User'], void, undefined>>();
  });

  it("has none of the properties an earlier hand-typed spec invented: the vendor's models are the source", () => {
    type Participant = ConversationsComponents['schemas']['Participant'];
    type OrganizationOfClonedUser = NonNullable<NonNullable<TokensComponents['schemas']['TokenInfo']['clonedUser']>['organization']>;
    type ResolutionPredicate = AnalyticsComponents['schemas']['ResolutionDetailQueryPredicate'];
    expectTypeOf<'state' extends keyof Participant ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<keyof OrganizationOfClonedUser>().toEqualTypeOf<'id'>();
    expectTypeOf<'dimension' extends keyof ResolutionPredicate ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<'metric' extends keyof ResolutionPredicate ? true : false>().toEqualTypeOf<true>();
  });
});
