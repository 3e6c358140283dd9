import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { findRequiredPermissions, resolveGenesysCloudHosts, type GenesysCloudRegion } from '@ccaas/genesys-cloud';
import type { components as AnalyticsComponents } from '@ccaas/genesys-cloud/analytics';
import { operationPermissions as conversationsPermissions, type components as ConversationsComponents } from '@ccaas/genesys-cloud/conversations';
import type { components as NotificationsComponents } from '@ccaas/genesys-cloud/notifications';
import { operationPermissions as routingPermissions, type components as RoutingComponents } from '@ccaas/genesys-cloud/routing';
import type { components as TokensComponents } from '@ccaas/genesys-cloud/tokens';
import { operationPermissions as usersPermissions, type components as UsersComponents } from '@ccaas/genesys-cloud/users';
import {
  createOperationHandlers,
  generatedTables,
  type OverrideOperation,
  type PathsOfTables,
  type UntypedOperationOverride,
} from './create-operation-handlers.js';
import { createScenarios, type PlatformFaults } from './create-scenarios.js';
import { createSchemaResponder, type MockOperationTable } from './create-schema-responder.js';
import { createGenesysNotificationsMock } from './genesys-notifications-mock.js';
import { createOrgLimitsHandler } from './genesys-org-limits.js';
import { createGenesysCloudFixtures, type FixtureUser, type GenesysCloudFixtures } from './genesys-cloud-fixtures.js';
import { countApiResponse, createMockStats, type MockStats } from './mock-stats.js';
import { createOAuthServer, tokenControls, type MockAccessToken, type MockOAuthClient } from './oauth-server.js';
import { offsetPage } from './offset-page.js';
import { createRateLimitWindows, type RateLimitSpec, type RateLimitWindowState } from './rate-limit-windows.js';

/** The vendor models the simulation answers with, from the areas of the operations it implements. */
type Schemas = UsersComponents['schemas'] &
  RoutingComponents['schemas'] &
  AnalyticsComponents['schemas'] &
  ConversationsComponents['schemas'] &
  NotificationsComponents['schemas'] &
  TokensComponents['schemas'];

/**
 * The operations answered from curated fixtures (the platform's behaviour modelled by hand); every other operation of
 * the spec is answered from its schema (generated tables), and what is not in the spec answers 501.
 */
export const genesysCloudMockOperations = [
  'GET /api/v2/users',
  'GET /api/v2/users/me',
  'GET /api/v2/users/{userId}',
  'GET /api/v2/routing/queues',
  'GET /api/v2/routing/queues/{queueId}/members',
  'POST /api/v2/analytics/conversations/details/query',
  'GET /api/v2/conversations/{conversationId}',
  'POST /api/v2/notifications/channels',
  'GET /api/v2/tokens/me',
  'DELETE /api/v2/tokens/me',
] as const;

/** Credentials the simulated Genesys Cloud accepts unless told otherwise (the sandbox and the demo use them). */
export const genesysCloudSandboxCredentials = {
  clientId: 'sandbox-genesys-client',
  clientSecret: 'sandbox-genesys-secret',
} as const;

export interface GenesysCloudMockOptions {
  /** Region whose hosts are simulated; default `us-east-1`. */
  region?: GenesysCloudRegion | (string & {});
  /** API host to simulate instead of the region's (the sandbox uses a loopback URL). */
  apiBaseUrl?: string;
  /** Login host to simulate instead of the region's; the token endpoint is `<loginBaseUrl>/oauth/token`. */
  loginBaseUrl?: string;
  /** OAuth clients accepted; default the sandbox credentials (confidential). */
  clients?: MockOAuthClient[];
  /** `expires_in` of issued tokens; default 86400 (the platform's default). Use a few seconds to exercise refresh. */
  tokenLifetimeSeconds?: number;
  /** Epoch ms; default `Date.now`. Token expiry is judged by it. */
  clock?: () => number;
  /** Fixture data seed; default 1. */
  seed?: number;
  /** Number of users; default 60. */
  userCount?: number;
  /**
   * The per-OAuth-client limit every API answer reports in `inin-ratelimit-allowed/-count/-reset` and that is
   * enforced (429 + Retry-After beyond it); default 1,000,000 per 60 s, which no test or bench reaches. The platform's
   * documented default is 300 per 60 s. The `rateLimited` scenario puts a tighter one in front.
   */
  rateLimit?: RateLimitSpec;
  /**
   * Report rate-limit windows in `inin-ratelimit-allowed/-count/-reset` on every API answer, as Genesys Cloud did until
   * June 2021; default true. `false` simulates Genesys Cloud today: no rate-limit header on any answer, and a 429
   * is the normalized answer of November 2021 (`Retry-After` and a body without `limit`). Also the default of the
   * `rateLimited({ requestsPerSecond })` scenario's `rateLimitHeaders`.
   */
  rateLimitHeaders?: boolean;
  /**
   * The API areas to answer from their schemas, e.g. `[routing]` from `@ccaas/mocks/genesys-cloud/routing`; default
   * every area, each loaded on its first request. Naming areas also types `override()` from their client types.
   */
  areas?: readonly MockOperationTable<any>[];
  /** Base of the notification sockets' `connectUri`; default `wss://streaming.<domain>` (the sandbox serves loopback). */
  streamingBaseUrl?: string;
}

/** The client `paths` of the named areas, intersected; `unknown` (untyped overrides) without areas. */
export type PathsOfAreas<Areas> = PathsOfTables<Areas>;

/** The sandbox's default per-client limit: reported on every answer, never reached by tests or benches. */
export const genesysCloudMockRateLimit: RateLimitSpec = { requestsPerWindow: 1_000_000, windowSeconds: 60 };

const genesysErrorBody = (status: number, code: string, message: string, extra: Partial<Schemas['ErrorBody']> = {}) => {
  const contextId = crypto.randomUUID();
  return HttpResponse.json<Schemas['ErrorBody']>(
    { message, code, status, contextId, details: [], errors: [], ...extra },
    { status, headers: { 'ININ-Correlation-Id': contextId } },
  );
};

const genesysFaults: PlatformFaults = {
  unauthorized: (_request, code) =>
    genesysErrorBody(401, code ?? 'credentials.expired', 'The supplied credentials are expired and cannot be used.'),
  forbidden: (request, permissions) => {
    // Without `permissions`, the ones the called operation requires (the client's own tables), as the platform says.
    const required = findRequiredPermissions([conversationsPermissions, routingPermissions, usersPermissions], request.method, request.url);
    const missing = (permissions ?? required?.permissions ?? ['routing:queue:view']).join(', ');
    return genesysErrorBody(403, 'missing.permissions', `You are missing the following permission(s): ${missing}`, {
      messageWithParams: 'You are missing the following permission(s): {permissions}',
      messageParams: { permissions: missing },
    });
  },
  rateLimited: (_request, retryAfter, window, report = true) => {
    const seconds = retryAfter === null ? undefined : Number.isNaN(Number(retryAfter)) ? retryAfter : Number(retryAfter);
    const response = genesysErrorBody(
      429,
      'too.many.requests.retry.after',
      `Rate limit exceeded the maximum. Retry the request in [${seconds ?? 'a few'}] seconds`,
      // the normalized 429 (Genesys, November 2021) names no limit; the earlier answers did
      report ? { limit: { key: 'token.rate.per.minute', namespace: 'system', value: window?.limit ?? 300 } } : {},
    );
    if (retryAfter !== null) response.headers.set('Retry-After', retryAfter);
    if (window && report) {
      response.headers.set('inin-ratelimit-allowed', String(window.limit));
      response.headers.set('inin-ratelimit-count', String(window.count));
      response.headers.set('inin-ratelimit-reset', String(window.resetSeconds));
    }
    return response;
  },
  serverError: (_request, status, retryAfterSeconds) => {
    const code = status === 504 ? 'request.timeout' : status === 503 ? 'service.unavailable' : 'internal.server.error';
    const response = genesysErrorBody(status, code, 'The service is currently unavailable. Please try again later.');
    if (retryAfterSeconds !== undefined) response.headers.set('Retry-After', String(retryAfterSeconds));
    return response;
  },
};

/**
 * A simulated Genesys Cloud region for MSW: the login host's token endpoint (client credentials, authorization code
 * + PKCE, rotating refresh tokens; expiring tokens) and every operation of the curated spec on the API host, with
 * the platform's error bodies and headers. `scenarios` inject faults (`server.use(genesys.scenarios.rateLimited())`).
 */
export function createGenesysCloudMock<const Areas extends readonly MockOperationTable<any>[] = readonly []>(
  options: GenesysCloudMockOptions & { areas?: Areas } = {},
): GenesysCloudMock<PathsOfAreas<Areas>> {
  return buildGenesysCloudMock(options) as GenesysCloudMock<PathsOfAreas<Areas>>;
}

function buildGenesysCloudMock(options: GenesysCloudMockOptions) {
  const regionHosts = resolveGenesysCloudHosts(options.region ?? 'us-east-1');
  const apiBaseUrl = (options.apiBaseUrl ?? regionHosts.apiBaseUrl).replace(/\/+$/, '');
  const loginBaseUrl = (options.loginBaseUrl ?? regionHosts.loginBaseUrl).replace(/\/+$/, '');
  const tokenEndpoint = `${loginBaseUrl}/oauth/token`;
  const clock = options.clock ?? Date.now;
  const clients = options.clients ?? [{ ...genesysCloudSandboxCredentials }];
  const stats = createMockStats();
  const fixtures = createGenesysCloudFixtures({ seed: options.seed, userCount: options.userCount, now: clock() });
  const oauth = createOAuthServer({
    clients,
    grants: ['client_credentials', 'authorization_code', 'refresh_token'],
    refreshTokenGrants: ['authorization_code', 'refresh_token'],
    accessTokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 86_400,
    clock,
    tokenPrefix: 'genesys',
    errorBody: (error, description) => ({ error, description, error_description: description }),
    stats,
  });
  /** Whom the authorize page and `issueAuthorizationCode` sign in (user-context tokens belong to them). */
  const authorizedUser = fixtures.users[0]?.id ?? 'user';
  const clientLimit = createRateLimitWindows(options.rateLimit ?? genesysCloudMockRateLimit, clock);
  /** The window each API request was counted in (by a `rateLimited` scenario, else the client limit). */
  const reportedWindows = new WeakMap<Request, RateLimitWindowState | null>();
  /** The limit that counted each request: a sustained `rateLimited` scenario's, else the client limit. */
  const countingLimits = new WeakMap<Request, RateLimitSpec>();
  const rateLimitHeaders = options.rateLimitHeaders ?? true;
  if (typeof rateLimitHeaders !== 'boolean') {
    throw new TypeError(`[@ccaas/mocks] rateLimitHeaders must be true or false, got ${JSON.stringify(rateLimitHeaders)}`);
  }
  const rateLimitKey = (request: Request) => {
    const check = oauth.checkBearer(request);
    return check.ok ? check.token.clientId : undefined;
  };
  const apiDomain = new URL(apiBaseUrl).host.replace(/^api\./, '');
  const paging = { basePath: new URL(apiBaseUrl).pathname.replace(/\/+$/, '') };

  /** A successful API answer (no body when `body` is undefined) with the correlation id and the rate-limit window the request was counted in. */
  const ok = (request: Request, body: JsonBodyType, status = 200, extraHeaders: Record<string, string> = {}) => {
    countApiResponse(stats, status);
    const window = reportedWindows.get(request);
    const headers: Record<string, string> = { 'ININ-Correlation-Id': crypto.randomUUID(), ...extraHeaders };
    if (window) {
      headers['inin-ratelimit-allowed'] = String(window.limit);
      headers['inin-ratelimit-count'] = String(window.count);
      headers['inin-ratelimit-reset'] = String(window.resetSeconds);
    }
    return body === undefined ? new HttpResponse(null, { status, headers }) : HttpResponse.json(body, { status, headers });
  };
  const fail = (status: number, code: string, message: string) => {
    countApiResponse(stats, status);
    return genesysErrorBody(status, code, message);
  };
  const authenticated = (request: Request): MockAccessToken => {
    const check = oauth.checkBearer(request);
    if (!check.ok) throw new Error('[@ccaas/mocks] unreachable: the auth guard lets only valid tokens through');
    return check.token;
  };

  const api = (path: string) => `${apiBaseUrl}${path}`;
  const list = (url: URL, name: string) => url.searchParams.getAll(name).flatMap((v) => v.split(',')).filter(Boolean);
  const expandUser = (user: FixtureUser, expand: string[]): Schemas['User'] => {
    const { presence, routingStatus, team, dateLastLogin, ...rest } = user;
    return {
      ...rest,
      ...(expand.includes('presence') ? { presence } : {}),
      ...(expand.includes('routingStatus') ? { routingStatus } : {}),
      ...(expand.includes('team') ? { team } : {}),
      ...(expand.includes('dateLastLogin') ? { dateLastLogin } : {}),
    };
  };
  const wildcard = (pattern: string) =>
    new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');

  const schemaAnswers = createOperationHandlers({
    apiBaseUrl,
    source: options.areas ? { tables: options.areas } : generatedTables['genesys-cloud'],
    responder: createSchemaResponder({ seed: options.seed }),
    answer: (request, body, status, headers) => ok(request, body as JsonBodyType, status, headers),
    fail: (_request, status, message) => fail(status, status === 404 ? 'not.found' : 'bad.request', message),
    // the curated resources are the ones ids of other operations name (a user's skills, a queue's wrap-up codes)
    knownIds: () => ({
      '/api/v2/users': fixtures.users.map((u) => u.id),
      '/api/v2/routing/queues': fixtures.queues.map((q) => q.id ?? ''),
      '/api/v2/conversations': fixtures.conversations.map((c) => c.id),
      ...Object.fromEntries([...fixtures.queueMembers].map(([queueId, members]) => [`/api/v2/routing/queues/${queueId}/members`, members.map((m) => m.id ?? '')])),
    }),
  });

  const notifications = createGenesysNotificationsMock({
    apiBaseUrl,
    streamingBaseUrl: options.streamingBaseUrl ?? `wss://streaming.${apiDomain}`,
    clock,
    authenticated,
    ok,
    fail,
  });

  const handlers: HttpHandler[] = [
    http.post(tokenEndpoint, ({ request }) => oauth.handleTokenRequest(request)),
    http.get(`${loginBaseUrl}/oauth/authorize`, ({ request }) => oauth.handleAuthorize(request, authorizedUser)),

    // Auth guard: every API request needs a live bearer token; the answer names why it was refused. Then the
    // client's rate limit counts it (a 429 beyond it).
    http.all(api('/*'), ({ request }) => {
      const check = oauth.checkBearer(request);
      if (check.ok) {
        const window = clientLimit.hit(check.token.clientId);
        if (window.exceeded) {
          countApiResponse(stats, 429);
          return genesysFaults.rateLimited(request, String(window.resetSeconds), window, rateLimitHeaders);
        }
        if (!reportedWindows.has(request)) reportedWindows.set(request, rateLimitHeaders ? window : null);
        if (!countingLimits.has(request)) countingLimits.set(request, clientLimit.spec);
        return undefined;
      }
      if (check.reason === 'missing') return fail(401, 'authentication.required', 'No authentication bearer token specified in authorization header.');
      if (check.reason === 'expired') return fail(401, 'credentials.expired', 'The supplied credentials are expired and cannot be used.');
      return fail(401, 'bad.credentials', 'Invalid login credentials.');
    }),
    schemaAnswers.overrideHandler,

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

    createOrgLimitsHandler({ api, authenticated, ok, countingLimit: (request) => countingLimits.get(request) ?? clientLimit.spec }),

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

    ...notifications.handlers,

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
      oauth.revokeAccessToken(token.token);
      // The vendor documents 200 without a body for this operation (deleteTokensMe).
      return ok(request, undefined, 200);
    }),

    // Every other operation of the spec, answered from its schema.
    schemaAnswers.operationHandler,

    // 501, not 404: the spec (or the areas the mock was given) has no such operation, but the platform may.
    http.all(api('/*'), ({ request }) =>
      fail(
        501,
        'not.implemented',
        `The @ccaas/mocks Genesys Cloud simulation does not implement ${request.method} ${new URL(request.url).pathname}: ` +
          'it is not an operation of the spec areas the mock answers; add a handler for it with server.use(http...) ' +
          '(tests) or sandbox.use(http...) (sandbox).',
      ),
    ),
  ];

  const mock = {
    platform: 'genesys-cloud' as const,
    /** "METHOD /path" of every operation the simulation implements (as the spec writes the path). */
    operations: genesysCloudMockOperations,
    apiBaseUrl,
    loginBaseUrl,
    tokenEndpoint,
    clients,
    fixtures: fixtures as GenesysCloudFixtures,
    /** MSW handlers: `setupServer(...genesys.handlers)`. */
    handlers,
    /** Fault injection as MSW handlers, e.g. `server.use(genesys.scenarios.forbidden({ path: '/api/v2/routing/queues' }))`. */
    scenarios: createScenarios({ apiBaseUrl, tokenEndpoint, faults: genesysFaults, stats, clock, rateLimitKey, reportedWindows, countingLimits, rateLimitHeaders }),
    stats: stats as Readonly<MockStats>,
    /** The notification channels an owner holds (a user id for user tokens, else the OAuth client id), oldest first. */
    notificationChannels: (owner: string): Schemas['Channel'][] =>
      notifications.channels(owner).map((c) => ({ id: c.id, connectUri: `${notifications.streamingBaseUrl}/channels/${c.id}`, expires: new Date(c.expiresAt).toISOString() })),
    /** The notifications protocol: `webSocketHandler` for MSW, `publish`, `heartbeat`, fault `scenarios`. */
    notifications,
    /**
     * Answers one operation with `response` (`{ status, body, headers?, times? }`) ahead of the fixtures and the
     * schema answers until `resetOverrides()`; typed from the client's `paths` when the mock was given `areas`.
     */
    override: schemaAnswers.override as (key: string, response: UntypedOperationOverride) => void,
    /** Drops every override. */
    resetOverrides: schemaAnswers.resetOverrides,
    /** The generated tables loaded so far (every named area with `areas`). */
    loadedAreas: schemaAnswers.loadedTables,
    ...tokenControls(oauth, stats, authorizedUser),
  };
  return mock;
}

/** A simulated Genesys Cloud; `Paths` (the client types of its `areas`) types `override`. */
export type GenesysCloudMock<Paths = unknown> = Omit<ReturnType<typeof buildGenesysCloudMock>, 'override'> & {
  override: OverrideOperation<Paths>;
};
