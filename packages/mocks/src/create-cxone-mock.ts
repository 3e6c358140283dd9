import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { CXONE_API_PATH_PREFIX, CXONE_DEFAULT_ISSUER, digitalHostFromApiEndpoint, type CxoneHost } from '@ccaas/nice-cxone';
import type { components as AdminComponents } from '@ccaas/nice-cxone/admin';
import type { components as RealtimeComponents } from '@ccaas/nice-cxone/realtime';
import type { components as ReportingComponents } from '@ccaas/nice-cxone/reporting';
import {
  createCxoneOperationHandlers,
  type OperationHandlers,
  type OverrideOperation,
  type PathsOfTables,
  type UntypedOperationOverride,
} from './create-operation-handlers.js';
import type { MockOperationTable } from './create-schema-responder.js';
import { createCxoneFixtures, type CxoneFixtures } from './cxone-fixtures.js';
import { createCxoneFixtureOperations, createCxoneRoute, type CxoneAnswers } from './cxone-fixture-operations.js';
import { createCxoneTokenServer, cxoneIdentityHandlers, type CxoneEndpoints } from './cxone-identity.js';
import { createScenarios, type PlatformFaults, type PlatformScenarios } from './create-scenarios.js';
import { countApiResponse, createMockStats, type MockStats } from './mock-stats.js';
import { tokenControls, type MockOAuthClient, type OAuthServer } from './oauth-server.js';
import { createAgentSessionsMock } from './cxone-agent-sessions-mock.js';

type Schemas = AdminComponents['schemas'] & RealtimeComponents['schemas'] & ReportingComponents['schemas'];

/** Credentials the simulated NICE CXone accepts unless told otherwise (the sandbox and the demo use them). */
export const cxoneSandboxCredentials = {
  clientId: 'sandbox-cxone-app',
  clientSecret: 'sandbox-cxone-app-secret',
  accessKeyId: 'sandbox-access-key-id',
  accessKeySecret: 'sandbox-access-key-secret',
  tenantId: '11eb0c3c-0000-4000-8000-00000000c0de',
} as const;

export interface CxoneMockOptions {
  /** Identity issuer to simulate; default `https://cxone.niceincontact.com`. */
  issuer?: string;
  /** The tenant's `api_endpoint` (discovery answer); default `https://api-na1.niceincontact.com`. */
  apiEndpoint?: string;
  /**
   * The tenant's digital (DFO) host; default `api-de-{area}.{domain}` next to an `api-{area}.{domain}` apiEndpoint
   * (`https://api-de-na1.niceincontact.com`), else `<apiEndpoint>-digital` (a sibling path on a loopback sandbox).
   */
  digitalEndpoint?: string;
  /** The tenant discovery knows and id_tokens carry; default the sandbox tenant. */
  tenantId?: string;
  /** Registered applications; default the sandbox app (confidential). */
  clients?: MockOAuthClient[];
  /** Access keys accepted by the password grant: id -> secret; default the sandbox key. */
  accessKeys?: Record<string, string>;
  /** Issue rotating refresh tokens with password/code grants; default true. */
  refreshTokens?: boolean;
  /** `expires_in` of issued tokens; default 3600. */
  tokenLifetimeSeconds?: number;
  /** Epoch ms; default `Date.now`. */
  clock?: () => number;
  /** Fixture data seed; default 1. */
  seed?: number;
  /** Number of agents; default 120. */
  agentCount?: number;
  /**
   * The API families to answer from their schemas, e.g. `[digital]` from `@ccaas/mocks/nice-cxone/digital`; default
   * every family, each loaded on its first request. Each is served on its spec's host (`x-ccaas-host`); naming
   * families also types `override()` from their client types.
   */
  families?: readonly MockOperationTable<any>[];
}

const cxoneError = (status: number, error: string, errorDescription: string) =>
  HttpResponse.json<Schemas['ErrorResponse']>({ error, errorDescription }, { status });

const cxoneFaults: PlatformFaults = {
  unauthorized: (_request, code) => cxoneError(401, code ?? 'invalid_token', 'The access token is expired or invalid.'),
  forbidden: (_request, permissions) =>
    cxoneError(403, 'Forbidden', `The user does not have the permission(s): ${(permissions ?? ['Agents View']).join(', ')}`),
  rateLimited: (_request, retryAfter) => {
    const response = cxoneError(429, 'TooManyRequests', 'Too many requests; slow down and retry later.');
    if (retryAfter !== null) response.headers.set('Retry-After', retryAfter);
    return response;
  },
  serverError: (_request, status, retryAfterSeconds) => {
    const response = cxoneError(status, 'ServiceUnavailable', 'The service is temporarily unavailable.');
    if (retryAfterSeconds !== undefined) response.headers.set('Retry-After', String(retryAfterSeconds));
    return response;
  },
};

/** Fault scenarios of both hosts: each takes `host: 'digital'` for the digital family, default the API facade. */
export type CxoneScenarios = {
  [K in keyof PlatformScenarios]: (options?: Parameters<PlatformScenarios[K]>[0] & { host?: CxoneHost }) => HttpHandler;
};

/**
 * A simulated NICE CXone tenant for MSW: the issuer's token endpoint (access-key password grant, code + PKCE,
 * rotating refresh tokens, id_token with `tenantId`), OpenID and tenant discovery, and every operation of every API
 * family on its host (paths from the host root): the admin, real-time and reporting operations the fixtures
 * simulate, every other one answered from its schema (create-operation-handlers.ts: stable ids, created resources a
 * later read finds, 404 after a delete, 400 naming the field of a body that fails its schema). `scenarios` inject
 * faults on either host; `override` answers one operation as a test says.
 */
export function createCxoneMock<const Families extends readonly MockOperationTable<any>[] = readonly []>(
  options: CxoneMockOptions & { families?: Families } = {},
): CxoneMock<PathsOfTables<Families>> {
  return buildCxoneMock(options) as CxoneMock<PathsOfTables<Families>>;
}

function buildCxoneMock(options: CxoneMockOptions) {
  const endpoints = resolveCxoneEndpoints(options);
  const { issuer, apiEndpoint, digitalEndpoint, apiBaseUrl, tokenEndpoint, tenantId } = endpoints;
  const clock = options.clock ?? Date.now;
  const clients = options.clients ?? [{ clientId: cxoneSandboxCredentials.clientId, clientSecret: cxoneSandboxCredentials.clientSecret }];
  const accessKeys = options.accessKeys ?? { [cxoneSandboxCredentials.accessKeyId]: cxoneSandboxCredentials.accessKeySecret };
  const stats = createMockStats();
  const fixtures = createCxoneFixtures({ seed: options.seed, agentCount: options.agentCount, now: clock() });
  const oauth = createCxoneTokenServer({
    endpoints,
    clients,
    accessKeys,
    refreshTokens: options.refreshTokens !== false,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3_600,
    clock,
    fixtures,
    stats,
  });
  /** Whom the authorize page and `issueAuthorizationCode` sign in (user-context tokens belong to them). */
  const authorizedUser = Object.keys(accessKeys)[0] ?? 'user';
  const answers = createCxoneAnswers(stats);
  const schemaAnswers = createCxoneSchemaAnswers(endpoints, options, stats, answers);
  const fixtureRoutes = createCxoneRoute(apiEndpoint, schemaAnswers.api.operationFor);
  const agentSessions = createAgentSessionsMock({ apiEndpoint, clock, ...answers });

  // The order MSW tries them in: identity, the API guard, overrides, stateful and fixture operations, schema answers, 501.
  const handlers: HttpHandler[] = [
    ...cxoneIdentityHandlers(endpoints, oauth, stats, authorizedUser),
    ...cxoneApiGuards(endpoints, oauth, stats, answers),
    // What a test overrode answers ahead of the fixtures and the schema answers.
    schemaAnswers.api.overrideHandler,
    schemaAnswers.digital.overrideHandler,
    // Agent sessions keep state across their long poll (events published, 304s, session end): ahead of the fixtures.
    ...agentSessions.handlers,
    ...createCxoneFixtureOperations({ fixtures, clock, route: fixtureRoutes.route, ...answers }),
    // Every other operation of every family, answered from its schema on the family's host.
    schemaAnswers.api.operationHandler,
    schemaAnswers.digital.operationHandler,
    ...cxoneNotImplemented(endpoints, answers),
  ];
  const scenarios = createCxoneScenarios(endpoints, oauth, stats, clock);

  return {
    platform: 'nice-cxone' as const,
    issuer,
    apiEndpoint,
    digitalEndpoint,
    apiBaseUrl,
    tokenEndpoint,
    tenantId,
    clients,
    fixtures: fixtures as CxoneFixtures,
    /** MSW handlers: `setupServer(...cxone.handlers)`. */
    handlers,
    /**
     * Fault injection as MSW handlers on either host, paths from the host root, e.g.
     * `server.use(cxone.scenarios.rateLimited({ path: '/dfo/3.0/contacts', host: 'digital', retryAfterSeconds: null }))`.
     */
    scenarios,
    stats: stats as Readonly<MockStats>,
    /** Agent sessions and their `get-next-event` long poll: `publish`, `endSession`, `sessions()`. */
    agentSessions,
    /** "METHOD /path" of every operation the fixtures simulate (paths from the host root). */
    operations: fixtureRoutes.operations,
    /**
     * Answers one operation (`"GET /dfo/3.0/contacts/{contactId}"`, paths from the host root, on the host its family
     * is served on) with `response` (`{ status, body, headers?, times? }`) ahead of the fixtures and the schema answers
     * until `resetOverrides()`; typed from the client's `paths` when the mock was given `families`.
     */
    override: (key: string, response: UntypedOperationOverride): void => {
      const path = key.split(' ')[1] ?? '';
      (schemaAnswers.digital.serves(path) ? schemaAnswers.digital : schemaAnswers.api).override(key, response);
    },
    /** Drops every override. */
    resetOverrides: (): void => {
      schemaAnswers.api.resetOverrides();
      schemaAnswers.digital.resetOverrides();
    },
    /** The family tables loaded so far (every named family with `families`). */
    loadedFamilies: async () => [...(await schemaAnswers.api.loadedTables()), ...(await schemaAnswers.digital.loadedTables())],
    ...tokenControls(oauth, stats, authorizedUser),
  };
}

/** The tenant's issuer and hosts, without trailing slashes; the digital host next to the API facade unless named. */
function resolveCxoneEndpoints(options: CxoneMockOptions): CxoneEndpoints {
  const issuer = (options.issuer ?? CXONE_DEFAULT_ISSUER).replace(/\/+$/, '');
  const apiEndpoint = (options.apiEndpoint ?? 'https://api-na1.niceincontact.com').replace(/\/+$/, '');
  const digitalEndpoint = (options.digitalEndpoint ?? digitalHostFromApiEndpoint(apiEndpoint) ?? `${apiEndpoint}-digital`).replace(/\/+$/, '');
  return {
    issuer,
    apiEndpoint,
    digitalEndpoint,
    hostUrls: { api: apiEndpoint, digital: digitalEndpoint },
    // the base of the admin, real-time and reporting families (the fixture handlers' paths are relative to it)
    apiBaseUrl: apiEndpoint + CXONE_API_PATH_PREFIX,
    tokenEndpoint: `${issuer}/auth/token`,
    tenantId: options.tenantId ?? cxoneSandboxCredentials.tenantId,
  };
}

/** API answers counted in `stats`; failures in CXone's error body. */
function createCxoneAnswers(stats: MockStats): CxoneAnswers {
  return {
    ok: (body: JsonBodyType, status = 200) => {
      countApiResponse(stats, status);
      return HttpResponse.json(body, { status });
    },
    fail: (status: number, error: string, description: string) => {
      countApiResponse(stats, status);
      return cxoneError(status, error, description);
    },
    notModified: () => {
      countApiResponse(stats, 304);
      return new HttpResponse(null, { status: 304 });
    },
  };
}

/** Every family operation answered from its schema, one set per host (each serves the families its spec names). */
function createCxoneSchemaAnswers(endpoints: CxoneEndpoints, options: CxoneMockOptions, stats: MockStats, answers: CxoneAnswers): Record<CxoneHost, OperationHandlers> {
  const forHost = (host: CxoneHost) =>
    createCxoneOperationHandlers({
      apiBaseUrl: endpoints.hostUrls[host],
      host,
      seed: options.seed,
      families: options.families,
      answer: (_request, body, status, headers) => {
        countApiResponse(stats, status);
        return body === undefined ? new HttpResponse(null, { status, headers }) : HttpResponse.json(body as JsonBodyType, { status, headers });
      },
      fail: (_request, status, message) => answers.fail(status, status === 404 ? 'NotFound' : 'InvalidRequest', message),
    });
  return { api: forHost('api'), digital: forHost('digital') };
}

/** On both hosts: CXone renders JSON only when asked for it, and every API request needs a live bearer token. */
function cxoneApiGuards(endpoints: CxoneEndpoints, oauth: OAuthServer, stats: MockStats, answers: CxoneAnswers): HttpHandler[] {
  return Object.values(endpoints.hostUrls).map((origin) =>
    http.all(`${origin}/*`, ({ request }) => {
      const accept = request.headers.get('accept');
      if (accept !== null && !/application\/json|\*\/\*/.test(accept)) {
        countApiResponse(stats, 406);
        return new HttpResponse('No known way to render data', { status: 406, headers: { 'Content-Type': 'text/plain' } });
      }
      const check = oauth.checkBearer(request);
      if (check.ok) return undefined;
      return answers.fail(401, 'invalid_token', check.reason === 'missing' ? 'No bearer token was sent.' : `The access token is ${check.reason}.`);
    }),
  );
}

/** 501, not 404: no family (of the mock's `families`) has the operation on this host, but the platform may. */
function cxoneNotImplemented(endpoints: CxoneEndpoints, answers: CxoneAnswers): HttpHandler[] {
  return Object.values(endpoints.hostUrls).map((origin) =>
    http.all(`${origin}/*`, ({ request }) =>
      answers.fail(
        501,
        'NotImplemented',
        `The @ccaas/mocks NICE CXone simulation does not implement ${request.method} ${new URL(request.url).pathname}: ` +
          'it is not an operation of the API families this host serves; add a handler for it with server.use(http...) ' +
          '(tests) or sandbox.use(http...) (sandbox).',
      ),
    ),
  );
}

/** The fault scenarios of both hosts; each takes `host: 'digital'` for the digital family, default the API facade. */
function createCxoneScenarios(endpoints: CxoneEndpoints, oauth: OAuthServer, stats: MockStats, clock: () => number): CxoneScenarios {
  const context = {
    tokenEndpoint: endpoints.tokenEndpoint,
    faults: cxoneFaults,
    stats,
    clock,
    rateLimitKey: (request: Request) => {
      const check = oauth.checkBearer(request);
      return check.ok ? check.token.clientId : undefined;
    },
    // NICE CXone documents no rate-limit headers: nothing reads the windows
    reportedWindows: new WeakMap(),
  };
  // Scenario paths start at the host root like the typed paths (`/inContactAPI/services/v34.0/agents`, `/dfo/3.0/contacts`).
  const hostScenarios = {
    api: createScenarios({ ...context, apiBaseUrl: endpoints.apiEndpoint }),
    digital: createScenarios({ ...context, apiBaseUrl: endpoints.digitalEndpoint }),
  };
  return Object.fromEntries(
    Object.keys(hostScenarios.api).map((name) => [
      name,
      (scenarioOptions: { host?: CxoneHost } = {}) => {
        const { host = 'api', ...rest } = scenarioOptions;
        const make = hostScenarios[host === 'digital' ? 'digital' : 'api'][name as keyof PlatformScenarios] as (o: object) => HttpHandler;
        return make(rest);
      },
    ]),
  ) as CxoneScenarios;
}

/** A simulated NICE CXone tenant; `Paths` (the client types of its `families`) types `override`. */
export type CxoneMock<Paths = unknown> = Omit<ReturnType<typeof buildCxoneMock>, 'override'> & {
  override: OverrideOperation<Paths>;
};
