// The Genesys Cloud operations the fixtures simulate by hand (users, routing queues and members, conversations and
// their analytics query, the token's own info), with the platform's paging, sorting and expansion. Every other
// operation of the spec is answered from its schema.
import { http, type HttpHandler } from 'msw';
import type { components as AnalyticsComponents } from '@ccaas/genesys-cloud/analytics';
import type { components as ConversationsComponents } from '@ccaas/genesys-cloud/conversations';
import type { components as RoutingComponents } from '@ccaas/genesys-cloud/routing';
import type { components as TokensComponents } from '@ccaas/genesys-cloud/tokens';
import type { components as UsersComponents } from '@ccaas/genesys-cloud/users';
import type { FixtureUser, GenesysCloudFixtures } from './genesys-cloud-fixtures.js';
import type { GenesysNotificationsMockOptions } from './genesys-notifications-mock.js';
import { offsetPage } from './offset-page.js';

type Schemas = UsersComponents['schemas'] &
  RoutingComponents['schemas'] &
  AnalyticsComponents['schemas'] &
  ConversationsComponents['schemas'] &
  TokensComponents['schemas'];

/** How the Genesys Cloud mock answers an API request (correlation id, rate-limit headers, counted in its stats). */
export type GenesysAnswers = Pick<GenesysNotificationsMockOptions, 'ok' | 'fail' | 'authenticated'>;

/** What the fixture operations read and change: the region's data, where it is served, and how to answer. */
export interface GenesysFixtureContext extends GenesysAnswers {
  apiBaseUrl: string;
  fixtures: GenesysCloudFixtures;
  /** Revokes an access token (`DELETE /api/v2/tokens/me`). */
  revokeAccessToken: (token: string) => void;
}

/** A query parameter's values, repeated or comma-separated (`?id=a,b&id=c`). */
const list = (url: URL, name: string) => url.searchParams.getAll(name).flatMap((v) => v.split(',')).filter(Boolean);

/** A user with the optional parts `expand` names (`presence`, `routingStatus`, `team`, `dateLastLogin`). */
function expandUser(user: FixtureUser, expand: string[]): Schemas['User'] {
  const { presence, routingStatus, team, dateLastLogin, ...rest } = user;
  return {
    ...rest,
    ...(expand.includes('presence') ? { presence } : {}),
    ...(expand.includes('routingStatus') ? { routingStatus } : {}),
    ...(expand.includes('team') ? { team } : {}),
    ...(expand.includes('dateLastLogin') ? { dateLastLogin } : {}),
  };
}

/** A `name` filter with `*` wildcards, case-insensitive, as the queue listing takes it. */
const wildcard = (pattern: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');

/** The context with what every group of operations derives from `apiBaseUrl`. */
interface GenesysFixtureRoutes extends GenesysFixtureContext {
  /** The absolute URL of a spec path on the API host. */
  api: (path: string) => string;
  /** The paging of the API host's listings (`nextUri` and the others start at its path). */
  paging: { basePath: string };
}

/** The fixture handlers of every operation in `genesysCloudMockOperations` but the notification channels. */
export function createGenesysFixtureOperations(context: GenesysFixtureContext): HttpHandler[] {
  const routes: GenesysFixtureRoutes = {
    ...context,
    api: (path) => `${context.apiBaseUrl}${path}`,
    paging: { basePath: new URL(context.apiBaseUrl).pathname.replace(/\/+$/, '') },
  };
  return [...userOperations(routes), ...routingOperations(routes), ...conversationOperations(routes), ...tokenOperations(routes)];
}

/** Users: the listing (state, ids, jabber ids, sort, expand), the token's own user, and one user. */
function userOperations(routes: GenesysFixtureRoutes): HttpHandler[] {
  const { api, paging, fixtures, ok, fail, authenticated } = routes;
  return [
    http.get(api('/api/v2/users'), ({ request }) => {
      authenticated(request);
      const url = new URL(request.url);
      const state = url.searchParams.get('state') ?? 'active';
      const ids = list(url, 'id');
      const jabberIds = list(url, 'jabberId');
      if (ids.length > 0 && jabberIds.length > 0) return fail(400, 'bad.request', 'id and jabberId cannot be used together.');
      const expand = list(url, 'expand');
      let users = fixtures.users.filter(
        (u) =>
          (state === 'any' || u.state === state) &&
          (ids.length === 0 || ids.includes(u.id)) &&
          (jabberIds.length === 0 || jabberIds.includes(u.chat?.jabberId ?? '')),
      );
      users = [...users].sort((a, b) => a.name.localeCompare(b.name));
      if (url.searchParams.get('sortOrder') === 'DESC') users.reverse();
      const page = offsetPage(url, users.map((u) => expandUser(u, expand)), paging);
      return 'error' in page ? fail(400, 'bad.request', page.error) : ok(request, page.page satisfies Schemas['UserEntityListing']);
    }),

    http.get(api('/api/v2/users/me'), ({ request }) => {
      const token = authenticated(request);
      const user = fixtures.users.find((u) => u.id === token.subject);
      if (!user) {
        return fail(400, 'bad.request', 'This resource needs a user context; a client-credentials token has none.');
      }
      return ok(request, expandUser(user, list(new URL(request.url), 'expand')) satisfies Schemas['User']);
    }),

    http.get(api('/api/v2/users/:userId'), ({ request, params }) => {
      authenticated(request);
      const user = fixtures.users.find((u) => u.id === params.userId);
      // not a fixture user: the spec's answers decide (a 404 for an unknown id, or another operation's literal path)
      if (!user) return undefined;
      return ok(request, expandUser(user, list(new URL(request.url), 'expand')) satisfies Schemas['User']);
    }),
  ];
}

/** Routing: queues (name wildcards, ids, divisions) and a queue's members. */
function routingOperations(routes: GenesysFixtureRoutes): HttpHandler[] {
  const { api, paging, fixtures, ok, fail, authenticated } = routes;
  return [
    http.get(api('/api/v2/routing/queues'), ({ request }) => {
      authenticated(request);
      const url = new URL(request.url);
      const name = url.searchParams.get('name');
      const ids = list(url, 'id');
      const divisions = list(url, 'divisionId');
      const queues = fixtures.queues
        .filter(
          (q) =>
            (name === null || wildcard(name).test(q.name ?? '')) &&
            (ids.length === 0 || ids.includes(q.id ?? '')) &&
            (divisions.length === 0 || divisions.includes(q.division?.id ?? '')),
        )
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
      if (url.searchParams.get('sortOrder') === 'desc') queues.reverse();
      const page = offsetPage(url, queues, paging);
      return 'error' in page ? fail(400, 'bad.request', page.error) : ok(request, page.page satisfies Schemas['QueueEntityListing']);
    }),

    http.get(api('/api/v2/routing/queues/:queueId/members'), ({ request, params }) => {
      authenticated(request);
      const members = fixtures.queueMembers.get(String(params.queueId));
      if (!members) return fail(404, 'not.found', `Queue ${String(params.queueId)} was not found.`);
      const url = new URL(request.url);
      const joined = url.searchParams.get('joined');
      const memberBy = url.searchParams.get('memberBy');
      const expand = list(url, 'expand');
      const selected = members
        .filter((m) => (joined === null || String(m.joined) === joined) && (memberBy === null || m.memberBy === memberBy))
        .map((m) => {
          const user = fixtures.users.find((u) => u.id === m.id);
          return user ? { ...m, user: expandUser(user, expand) } : m;
        });
      const page = offsetPage(url, selected, { ...paging, maxPageSize: 100 });
      if ('error' in page) return fail(400, 'bad.request', page.error);
      // QueueMemberEntityListing has nextUri but no total, pageCount or lastUri.
      const { total: _total, pageCount: _pageCount, lastUri: _lastUri, ...listing } = page.page;
      return ok(request, listing satisfies Schemas['QueueMemberEntityListing']);
    }),
  ];
}

/** Conversations: the analytics details query (interval, paging, order) and one conversation. */
function conversationOperations(routes: GenesysFixtureRoutes): HttpHandler[] {
  const { api, fixtures, ok, fail, authenticated } = routes;
  return [
    http.post(api('/api/v2/analytics/conversations/details/query'), async ({ request }) => {
      authenticated(request);
      const query = (await request.json().catch(() => undefined)) as Partial<Schemas['ConversationQuery']> | undefined;
      const [from, to] = (query?.interval ?? '').split('/').map((part) => Date.parse(part));
      if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to) || from >= to) {
        return fail(400, 'bad.request', 'interval must be an ISO-8601 interval such as 2026-11-01T00:00:00Z/2026-11-02T00:00:00Z');
      }
      const pageSize = query?.paging?.pageSize ?? 25;
      const pageNumber = query?.paging?.pageNumber ?? 1;
      if (pageSize < 1 || pageSize > 100 || pageNumber < 1) return fail(400, 'bad.request', 'paging.pageSize must be 1-100, pageNumber >= 1');
      const matches = fixtures.conversations
        .filter((c) => {
          const start = Date.parse(c.startTime);
          return start >= from && start < to;
        })
        .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
      if (query?.order === 'desc') matches.reverse();
      const body: Schemas['AnalyticsConversationQueryResponse'] = {
        totalHits: matches.length,
        conversations: matches.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((c) => ({
          conversationId: c.id,
          conversationStart: c.startTime,
          conversationEnd: c.endTime,
          divisionIds: c.divisions?.map((d) => d.division?.id ?? '') ?? [],
          originatingDirection: 'inbound',
          participants: c.participants.map((p) => ({
            participantId: p.id,
            participantName: p.name,
            purpose: p.purpose as 'agent' | 'customer' | 'acd',
            userId: p.userId,
          })),
        })),
      };
      return ok(request, body);
    }),

    http.get(api('/api/v2/conversations/:conversationId'), ({ request, params }) => {
      authenticated(request);
      const conversation = fixtures.conversations.find((c) => c.id === params.conversationId);
      // not a fixture conversation: `/api/v2/conversations/calls` and the others are operations of their own, and
      // the spec's answers 404 an unknown id
      if (!conversation) return undefined;
      return ok(request, conversation satisfies Schemas['Conversation']);
    }),
  ];
}

/** The token's own info, and its revocation. */
function tokenOperations(routes: GenesysFixtureRoutes): HttpHandler[] {
  const { api, fixtures, ok, authenticated, revokeAccessToken } = routes;
  return [
    http.get(api('/api/v2/tokens/me'), ({ request }) => {
      const token = authenticated(request);
      const body: Schemas['TokenInfo'] = {
        organization: fixtures.organization,
        homeOrganization: fixtures.organization,
        authorizedScope: token.scope ? token.scope.split(' ') : ['users:readonly', 'routing:readonly', 'analytics:readonly'],
        OAuthClient: {
          id: token.clientId,
          name: `OAuth client ${token.clientId}`,
          organization: fixtures.organization,
          authorizedGrantType: token.grantType === 'client_credentials' ? 'CLIENT_CREDENTIALS' : 'CODE',
        },
      };
      return ok(request, body);
    }),

    http.delete(api('/api/v2/tokens/me'), ({ request }) => {
      const token = authenticated(request);
      revokeAccessToken(token.token);
      // The vendor documents 200 without a body for this operation (deleteTokensMe).
      return ok(request, undefined, 200);
    }),
  ];
}
