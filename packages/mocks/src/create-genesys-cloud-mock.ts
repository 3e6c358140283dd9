import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { resolveGenesysCloudHosts, type GenesysCloudRegion } from '@ccaas/genesys-cloud';
import { findRequiredPermissions } from '@ccaas/genesys-cloud/operation-policies';
import type { components as NotificationsComponents } from '@ccaas/genesys-cloud/notifications';
import type { components as UsersComponents } from '@ccaas/genesys-cloud/users';
import { operationPermissions as conversationsPermissions } from '@ccaas/genesys-cloud/permissions/conversations';
import { operationPermissions as routingPermissions } from '@ccaas/genesys-cloud/permissions/routing';
import { operationPermissions as usersPermissions } from '@ccaas/genesys-cloud/permissions/users';
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
import { createGenesysFixtureOperations } from './genesys-cloud-fixture-operations.js';
import { createGenesysCloudFixtures, type GenesysCloudFixtures } from './genesys-cloud-fixtures.js';
import { createOrgLimitsHandler } from './genesys-org-limits.js';
import { countApiResponse, createMockStats, type MockStats } from './mock-stats.js';
import { createOAuthServer, tokenControls, type MockAccessToken, type MockOAuthClient, type OAuthServer } from './oauth-server.js';
import { createRateLimitWindows, type RateLimitSpec, type RateLimitWindowState } from './rate-limit-windows.js';

/** The vendor models of the error body and the notification channels (the fixture operations have their own). */
type Schemas = UsersComponents['schemas'] & NotificationsComponents['schemas'];

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
  const limits = createGenesysRateLimits(options, clock);
  const { reportedWindows, countingLimits, rateLimitHeaders } = limits;
  const rateLimitKey = (request: Request) => {
    const check = oauth.checkBearer(request);
    return check.ok ? check.token.clientId : undefined;
  };
  const answers = createGenesysAnswers(oauth, stats, reportedWindows);
  const { ok, fail, authenticated } = answers;
  const schemaAnswers = createOperationHandlers({
    apiBaseUrl,
    source: options.areas ? { tables: options.areas } : generatedTables['genesys-cloud'],
    responder: createSchemaResponder({ seed: options.seed }),
    answer: (request, body, status, headers) => ok(request, body as JsonBodyType, status, headers),
    fail: (_request, status, message) => fail(status, status === 404 ? 'not.found' : 'bad.request', message),
    knownIds: () => curatedIds(fixtures),
  });
  const notifications = createGenesysNotificationsMock({
    apiBaseUrl,
    streamingBaseUrl: options.streamingBaseUrl ?? `wss://streaming.${new URL(apiBaseUrl).host.replace(/^api\./, '')}`,
    clock,
    authenticated,
    ok,
    fail,
  });

  // The order MSW tries them in: login, the API guard, overrides, the fixture operations, schema answers, 501.
  const handlers: HttpHandler[] = [
    http.post(tokenEndpoint, ({ request }) => oauth.handleTokenRequest(request)),
    http.get(`${loginBaseUrl}/oauth/authorize`, ({ request }) => oauth.handleAuthorize(request, authorizedUser)),
    genesysApiGuard({ apiBaseUrl, oauth, stats, limits, fail }),
    schemaAnswers.overrideHandler,
    createOrgLimitsHandler({
      api: (path) => `${apiBaseUrl}${path}`,
      authenticated,
      ok,
      countingLimit: (request) => countingLimits.get(request) ?? limits.clientLimit.spec,
    }),
    ...createGenesysFixtureOperations({ apiBaseUrl, fixtures, ...answers, revokeAccessToken: oauth.revokeAccessToken }),
    ...notifications.handlers,
    // Every other operation of the spec, answered from its schema.
    schemaAnswers.operationHandler,
    genesysNotImplemented(apiBaseUrl, fail),
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

/** The client limit every API request counts against, and the window each request is reported in. */
function createGenesysRateLimits(options: GenesysCloudMockOptions, clock: () => number) {
  const rateLimitHeaders = options.rateLimitHeaders ?? true;
  if (typeof rateLimitHeaders !== 'boolean') {
    throw new TypeError(`[@ccaas/mocks] rateLimitHeaders must be true or false, got ${JSON.stringify(rateLimitHeaders)}`);
  }
  return {
    clientLimit: createRateLimitWindows(options.rateLimit ?? genesysCloudMockRateLimit, clock),
    /** The window each API request was counted in (by a `rateLimited` scenario, else the client limit). */
    reportedWindows: new WeakMap<Request, RateLimitWindowState | null>(),
    /** The limit that counted each request: a sustained `rateLimited` scenario's, else the client limit. */
    countingLimits: new WeakMap<Request, RateLimitSpec>(),
    rateLimitHeaders,
  };
}

type GenesysRateLimits = ReturnType<typeof createGenesysRateLimits>;

/**
 * API answers counted in `stats`: successes with the correlation id and the rate-limit window the request was counted
 * in (no body when `body` is undefined), failures in the platform's error body.
 */
function createGenesysAnswers(oauth: OAuthServer, stats: MockStats, reportedWindows: GenesysRateLimits['reportedWindows']) {
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
  return { ok, fail, authenticated };
}

/** The curated resources: the ones ids of other operations name (a user's skills, a queue's wrap-up codes). */
function curatedIds(fixtures: GenesysCloudFixtures): Record<string, string[]> {
  return {
    '/api/v2/users': fixtures.users.map((u) => u.id),
    '/api/v2/routing/queues': fixtures.queues.map((q) => q.id ?? ''),
    '/api/v2/conversations': fixtures.conversations.map((c) => c.id),
    ...Object.fromEntries([...fixtures.queueMembers].map(([queueId, members]) => [`/api/v2/routing/queues/${queueId}/members`, members.map((m) => m.id ?? '')])),
  };
}

/**
 * Auth guard: every API request needs a live bearer token; the answer names why it was refused. Then the client's
 * rate limit counts it (a 429 beyond it).
 */
function genesysApiGuard(guard: {
  apiBaseUrl: string;
  oauth: OAuthServer;
  stats: MockStats;
  limits: GenesysRateLimits;
  fail: (status: number, code: string, message: string) => Response;
}): HttpHandler {
  const { oauth, stats, fail } = guard;
  const { clientLimit, reportedWindows, countingLimits, rateLimitHeaders } = guard.limits;
  return http.all(`${guard.apiBaseUrl}/*`, ({ request }) => {
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
  });
}

/** 501, not 404: the spec (or the areas the mock was given) has no such operation, but the platform may. */
function genesysNotImplemented(apiBaseUrl: string, fail: (status: number, code: string, message: string) => Response): HttpHandler {
  return http.all(`${apiBaseUrl}/*`, ({ request }) =>
    fail(
      501,
      'not.implemented',
      `The @ccaas/mocks Genesys Cloud simulation does not implement ${request.method} ${new URL(request.url).pathname}: ` +
        'it is not an operation of the spec areas the mock answers; add a handler for it with server.use(http...) ' +
        '(tests) or sandbox.use(http...) (sandbox).',
    ),
  );
}

/** A simulated Genesys Cloud; `Paths` (the client types of its `areas`) types `override`. */
export type GenesysCloudMock<Paths = unknown> = Omit<ReturnType<typeof buildGenesysCloudMock>, 'override'> & {
  override: OverrideOperation<Paths>;
};
