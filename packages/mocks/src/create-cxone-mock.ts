import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { CXONE_API_PATH_PREFIX, CXONE_DEFAULT_ISSUER, digitalHostFromApiEndpoint, type CxoneHost } from '@ccaas/nice-cxone';
import type { components as AdminComponents } from '@ccaas/nice-cxone/admin';
import type { components as RealtimeComponents } from '@ccaas/nice-cxone/realtime';
import type { components as ReportingComponents } from '@ccaas/nice-cxone/reporting';
import {
  createCxoneOperationHandlers,
  type OverrideOperation,
  type PathsOfTables,
  type UntypedOperationOverride,
} from './create-operation-handlers.js';
import type { MockOperationTable } from './create-schema-responder.js';
import { createCxoneFixtures, type CxoneFixtures } from './cxone-fixtures.js';
import { createScenarios, type PlatformFaults, type PlatformScenarios } from './create-scenarios.js';
import { countApiResponse, createMockStats, type MockStats } from './mock-stats.js';
import { createOAuthServer, tokenControls, type MockOAuthClient } from './oauth-server.js';
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

/** `GET /a/{b}` -> MSW's `/a/:b`. */
const mswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

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
  const issuer = (options.issuer ?? CXONE_DEFAULT_ISSUER).replace(/\/+$/, '');
  const apiEndpoint = (options.apiEndpoint ?? 'https://api-na1.niceincontact.com').replace(/\/+$/, '');
  const digitalEndpoint = (options.digitalEndpoint ?? digitalHostFromApiEndpoint(apiEndpoint) ?? `${apiEndpoint}-digital`).replace(/\/+$/, '');
  const hostUrls: Record<CxoneHost, string> = { api: apiEndpoint, digital: digitalEndpoint };
  /** The base of the admin, real-time and reporting families (the fixture handlers' paths are relative to it). */
  const apiBaseUrl = apiEndpoint + CXONE_API_PATH_PREFIX;
  const tokenEndpoint = `${issuer}/auth/token`;
  const tenantId = options.tenantId ?? cxoneSandboxCredentials.tenantId;
  const clock = options.clock ?? Date.now;
  const clients = options.clients ?? [{ clientId: cxoneSandboxCredentials.clientId, clientSecret: cxoneSandboxCredentials.clientSecret }];
  const accessKeys = options.accessKeys ?? { [cxoneSandboxCredentials.accessKeyId]: cxoneSandboxCredentials.accessKeySecret };
  const stats = createMockStats();
  const fixtures = createCxoneFixtures({ seed: options.seed, agentCount: options.agentCount, now: clock() });
  const refreshTokenGrants = options.refreshTokens === false ? [] : (['password', 'authorization_code', 'refresh_token'] as const);
  const oauth = createOAuthServer({
    clients,
    users: accessKeys,
    grants: ['password', 'authorization_code', 'refresh_token'],
    refreshTokenGrants: [...refreshTokenGrants],
    accessTokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3_600,
    clock,
    tokenPrefix: 'cxone',
    idTokenClaims: (token) => {
      const agent = fixtures.agents[0];
      return {
        iss: issuer,
        sub: `user:${agent?.userID ?? token.subject}`,
        tenantId,
        tenant: 'sandbox',
        name: `${agent?.firstName ?? ''} ${agent?.lastName ?? ''}`.trim(),
        given_name: agent?.firstName,
        family_name: agent?.lastName,
        icAgentId: String(agent?.agentId ?? ''),
        icBUId: String(fixtures.businessUnitId),
        icClusterId: 'C32',
        userId: agent?.userID,
      };
    },
    errorBody: (error, description) => ({ error, error_description: description, errorDescription: description }),
    stats,
  });

  /** Whom the authorize page and `issueAuthorizationCode` sign in (user-context tokens belong to them). */
  const authorizedUser = Object.keys(accessKeys)[0] ?? 'user';
  const ok = (body: JsonBodyType, status = 200) => {
    countApiResponse(stats, status);
    return HttpResponse.json(body, { status });
  };
  const fail = (status: number, error: string, description: string) => {
    countApiResponse(stats, status);
    return cxoneError(status, error, description);
  };
  const notModified = () => {
    countApiResponse(stats, 304);
    return new HttpResponse(null, { status: 304 });
  };
  /** Every family operation answered from its schema, one set per host (each serves the families its spec names). */
  const schemaAnswers = Object.fromEntries(
    (['api', 'digital'] as const).map((host) => [
      host,
      createCxoneOperationHandlers({
        apiBaseUrl: hostUrls[host],
        host,
        seed: options.seed,
        families: options.families,
        answer: (_request, body, status, headers) => {
          countApiResponse(stats, status);
          return body === undefined ? new HttpResponse(null, { status, headers }) : HttpResponse.json(body as JsonBodyType, { status, headers });
        },
        fail: (_request, status, message) => fail(status, status === 404 ? 'NotFound' : 'InvalidRequest', message),
      }),
    ]),
  ) as Record<CxoneHost, ReturnType<typeof createCxoneOperationHandlers>>;
  const api = (path: string) => `${apiBaseUrl}${path}`;
  const numberParam = (url: URL, name: string) => {
    const value = url.searchParams.get(name);
    return value === null ? undefined : Number(value);
  };
  const boolParam = (url: URL, name: string) => {
    const value = url.searchParams.get(name);
    return value === null ? undefined : value.toLowerCase() === 'true';
  };
  /**
   * Items changed at or after the polling parameter (all when absent); `undefined` when nothing changed -> 304.
   * GET /agents names it `updateSince`, the other listings `updatedSince` (see specs/nice-cxone/source.json).
   */
  const changedSince = <T>(url: URL, items: T[], changedAt: (item: T) => string | null | undefined, parameter = 'updatedSince'): T[] | undefined => {
    const since = url.searchParams.get(parameter);
    if (since === null) return items;
    const threshold = Date.parse(since);
    const changed = items.filter((item) => Date.parse(changedAt(item) ?? '') >= threshold);
    return changed.length > 0 ? changed : undefined;
  };
  /** Slices by `skip`/`top` and adds `totalRecords`, `_links` (absolute; no `next` on the last page, no `previous` on the first) and `lastPollTime`. */
  const skipTopPage = <K extends string, T>(url: URL, key: K, items: T[]) => {
    const skip = numberParam(url, 'skip') ?? 0;
    const top = numberParam(url, 'top') ?? 100;
    if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(top) || top < 1 || top > 10_000) {
      return { ok: false, error: 'skip must be >= 0 and top from 1 to 10000' } as const;
    }
    const link = (offset: number) => {
      const next = new URL(url);
      next.searchParams.set('skip', String(offset));
      next.searchParams.set('top', String(top));
      return next.href;
    };
    return {
      ok: true,
      page: {
        businessUnitId: fixtures.businessUnitId,
        totalRecords: items.length,
        lastPollTime: new Date(clock()).toISOString(),
        _links: {
          self: url.href,
          ...(skip + top < items.length ? { next: link(skip + top) } : {}),
          ...(skip > 0 ? { previous: link(Math.max(0, skip - top)) } : {}),
        },
        [key]: items.slice(skip, skip + top),
      } as { businessUnitId: number; totalRecords: number; lastPollTime: string; _links: { self: string; next?: string; previous?: string } } & Record<K, T[]>,
    } as const;
  };
  const search = (text: string | null, ...values: (string | null | undefined)[]) =>
    text === null || values.some((v) => v?.toLowerCase().includes(text.toLowerCase()));
  /** "METHOD /path" of every spec operation this mock answers (the spec-conformance test checks each). */
  const operations: string[] = [];
  /**
   * Registers a fixture handler for an admin/real-time/reporting operation: `route('get', '/agents/{agentId}', ...)`.
   * One with a path parameter answers only its own operation: `/agents/client-data` is not agent `client-data`.
   */
  const route = (method: 'get' | 'put', specPath: string, resolver: Parameters<typeof http.get>[1]) => {
    const template = `${CXONE_API_PATH_PREFIX}${specPath}`;
    operations.push(`${method.toUpperCase()} ${template}`);
    if (!specPath.includes('{')) return http[method](api(mswPath(specPath)), resolver);
    return http[method](api(mswPath(specPath)), async (info) => {
      const operation = await schemaAnswers.api.operationFor(info.request);
      return operation === undefined || operation === template ? resolver(info) : undefined;
    });
  };
  const findAgent = (id: unknown) => fixtures.agents.find((a) => String(a.agentId) === String(id));

  const agentSessions = createAgentSessionsMock({ apiEndpoint, clock, ok, fail, notModified });

  const handlers: HttpHandler[] = [
    http.post(tokenEndpoint, ({ request }) => oauth.handleTokenRequest(request)),
    http.get(`${issuer}/auth/authorize`, ({ request }) => oauth.handleAuthorize(request, authorizedUser)),
    http.get(`${issuer}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer,
        authorization_endpoint: `${issuer}/auth/authorize`,
        token_endpoint: tokenEndpoint,
        jwks_uri: `${issuer}/auth/jwks`,
        userinfo_endpoint: `${issuer}/auth/userinfo`,
        end_session_endpoint: `${issuer}/auth/authorize/logout`,
        scopes_supported: ['openid'],
        response_types_supported: ['code'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
        id_token_signing_alg_values_supported: ['RS256'],
      }),
    ),
    http.get(`${issuer}/.well-known/cxone-configuration`, ({ request }) => {
      stats.discoveryRequests += 1;
      if (new URL(request.url).searchParams.get('tenantId') !== tenantId) {
        return HttpResponse.json({ error: 'not_found', errorDescription: 'unknown tenant' }, { status: 404 });
      }
      // area and domain name the digital host (api-de-{area}.{domain}) only when that is where the mock serves it.
      const [, area, domain] = /^https:\/\/api-([a-z0-9]+)\.(.+)$/.exec(apiEndpoint) ?? [];
      const named = area !== undefined && `https://api-de-${area}.${domain}` === digitalEndpoint;
      return HttpResponse.json({
        private: false,
        tenantId,
        ...(named ? { area } : {}),
        cluster: 'C32',
        domain: named ? domain : 'niceincontact.com',
        api_endpoint: apiEndpoint,
        auth_endpoint: issuer,
        ui_endpoint: issuer.replace('://cxone.', '://cxagent.'),
        uhDomain: 'niceincontact.com',
      });
    }),

    // Guard, on both hosts: CXone renders JSON only when asked for it, and every API request needs a live bearer token.
    ...Object.values(hostUrls).map((origin) =>
      http.all(`${origin}/*`, ({ request }) => {
        const accept = request.headers.get('accept');
        if (accept !== null && !/application\/json|\*\/\*/.test(accept)) {
          countApiResponse(stats, 406);
          return new HttpResponse('No known way to render data', { status: 406, headers: { 'Content-Type': 'text/plain' } });
        }
        const check = oauth.checkBearer(request);
        if (check.ok) return undefined;
        return fail(401, 'invalid_token', check.reason === 'missing' ? 'No bearer token was sent.' : `The access token is ${check.reason}.`);
      }),
    ),
    // What a test overrode answers ahead of the fixtures and the schema answers.
    schemaAnswers.api.overrideHandler,
    schemaAnswers.digital.overrideHandler,
    // Agent sessions keep state across their long poll (events published, 304s, session end): ahead of the fixtures.
    ...agentSessions.handlers,

    route('get', '/agents', ({ request }) => {
      const url = new URL(request.url);
      const isActive = boolParam(url, 'isActive');
      const isLocked = boolParam(url, 'isLocked');
      const text = url.searchParams.get('searchString');
      const changed = changedSince(url, fixtures.agents, (a) => a.lastUpdated, 'updateSince');
      if (!changed) return notModified();
      const agents = changed.filter(
        (a) =>
          (isActive === undefined || a.isActive === isActive) &&
          (isLocked === undefined || a.locked === isLocked) &&
          search(text, a.firstName, a.lastName, a.userName, a.emailAddress),
      );
      const page = skipTopPage(url, 'agents', agents);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok({ ...page.page, hiddenAgents: 0 } satisfies Schemas['AgentList']);
    }),

    route('get', '/agents/states', ({ request }) => {
      const url = new URL(request.url);
      const changed = changedSince(url, fixtures.agentStates, (s) => s.lastUpdateTime);
      if (!changed) return notModified();
      const page = skipTopPage(url, 'agentStates', changed);
      if (!page.ok) return fail(400, 'InvalidParameter', page.error);
      // AgentStateList has no businessUnitId.
      const { businessUnitId: _businessUnitId, ...states } = page.page;
      return ok(states satisfies Schemas['AgentStateList']);
    }),

    route('get', '/agents/{agentId}', ({ params }) => {
      const agent = findAgent(params.agentId);
      if (!agent) return fail(404, 'NotFound', `Agent ${String(params.agentId)} was not found.`);
      // The agent as the only item of `agents`; AgentDetail has every listed field the fixture sets except `locked`.
      const { locked: _locked, ...detail } = agent;
      return ok({ agents: [detail] } satisfies Schemas['AgentDetails']);
    }),

    route('put', '/agents/{agentId}', async ({ request, params }) => {
      const agent = findAgent(params.agentId);
      if (!agent) return fail(404, 'NotFound', `Agent ${String(params.agentId)} was not found.`);
      const body = (await request.json().catch(() => undefined)) as Partial<Schemas['AgentUpdateRequest']> | undefined;
      const update = body?.agent;
      if (typeof update !== 'object' || update === null) return fail(400, 'InvalidRequest', 'The body must be {"agent": {"agentId": ..., ...fields to change}}.');
      if (update.agentId !== undefined && String(update.agentId) !== String(agent.agentId)) {
        return fail(400, 'InvalidRequest', `agent.agentId ${String(update.agentId)} does not match the agent ${agent.agentId} of the path.`);
      }
      const team = update.teamId === undefined ? undefined : fixtures.teams.find((t) => String(t.teamId) === String(update.teamId));
      if (update.teamId !== undefined && !team) return fail(400, 'InvalidTeam', `Team ${update.teamId} does not exist.`);
      // The writable fields that the listed agent also shows (the update's ids are strings, the agent's numbers).
      const { firstName, middleName, lastName, emailAddress, isActive, timeZone, internalId, federatedId, profileId, reportToId, userName } = update;
      const changes = { firstName, middleName, lastName, emailAddress, isActive, timeZone, internalId, federatedId, profileId, reportToId, userName };
      for (const [key, value] of Object.entries(changes)) if (value !== undefined) Object.assign(agent, { [key]: value });
      if (team) Object.assign(agent, { teamId: team.teamId, teamName: team.teamName, teamUuId: team.teamUuid });
      agent.lastUpdated = new Date(clock()).toISOString();
      return ok({} satisfies Schemas['AgentUpdateResult']);
    }),

    route('get', '/contacts/active', ({ request }) => {
      const url = new URL(request.url);
      const changed = changedSince(url, fixtures.activeContacts, (c) => c.lastUpdateTime);
      if (!changed) return notModified();
      const filters = (['mediaTypeId', 'skillId', 'agentId', 'teamId', 'stateId', 'contactId'] as const).map((name) => [name, numberParam(url, name)] as const);
      const contacts = changed.filter((c) => filters.every(([name, value]) => value === undefined || c[name] === value));
      const page = skipTopPage(url, 'activeContacts', contacts);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['ActiveContactList']);
    }),

    route('get', '/contacts/completed', ({ request }) => {
      const url = new URL(request.url);
      const start = Date.parse(url.searchParams.get('startDate') ?? '');
      const end = Date.parse(url.searchParams.get('endDate') ?? '');
      const changed = changedSince(url, fixtures.completedContacts, (c) => c.lastUpdateTime);
      if (!changed) return notModified();
      const filters = (['mediaTypeId', 'skillId', 'agentId', 'teamId'] as const).map((name) => [name, numberParam(url, name)] as const);
      const contacts = changed.filter((c) => {
        const at = Date.parse(c.contactStartDate ?? '');
        return (
          (Number.isNaN(start) || at >= start) &&
          (Number.isNaN(end) || at < end) &&
          filters.every(([name, value]) => value === undefined || c[name] === value)
        );
      });
      const page = skipTopPage(url, 'completedContacts', contacts);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['CompletedContactList']);
    }),

    route('get', '/contacts/{contactId}', ({ params }) => {
      const id = Number(params.contactId);
      const active = fixtures.activeContacts.find((c) => c.contactId === id);
      const completed = fixtures.completedContacts.find((c) => c.contactId === id);
      if (!active && !completed) return fail(404, 'NotFound', `Contact ${String(params.contactId)} was not found.`);
      // NICE's document puts the contact under a property named `contactId`; no source has a contactEndDate.
      const envelope = { businessUnitId: fixtures.businessUnitId, lastPollTime: new Date(clock()).toISOString() };
      if (active) return ok({ ...envelope, contactId: active } satisfies Schemas['ActiveContactDetail']);
      // The reporting document types these three differently from the completed-contacts listing: left out.
      const { pointOfContactName: _poc, transferIndicatorName: _transfer, refuseTime: _refused, ...shared } = completed ?? {};
      return ok({ ...envelope, contactId: { ...shared, isActive: false } } satisfies Schemas['CompletedContactDetail']);
    }),

    route('get', '/skills', ({ request }) => {
      const url = new URL(request.url);
      const mediaTypeId = numberParam(url, 'mediaTypeId');
      const isActive = boolParam(url, 'isActive');
      const strategy = url.searchParams.get('outboundStrategy');
      const text = url.searchParams.get('searchString');
      const skip = numberParam(url, 'skip') ?? 0;
      const top = numberParam(url, 'top');
      const skills = fixtures.skills.filter(
        (s) =>
          (mediaTypeId === undefined || s.mediaTypeId === mediaTypeId) &&
          (isActive === undefined || s.isActive === isActive) &&
          (strategy === null || s.outboundStrategy === strategy) &&
          search(text, s.skillName),
      );
      // GET /skills answers `{skills}` only (the fields NICE's agent SDK reads); no paging envelope is documented.
      const listed = skills.slice(skip, top === undefined ? undefined : skip + top).map(
        ({ skillId, skillName, mediaTypeId, mediaTypeName, isActive, isOutbound }): Schemas['SkillListItem'] => ({ skillId, skillName, mediaTypeId, mediaTypeName, isActive, isOutbound }),
      );
      return ok({ skills: listed } satisfies Schemas['SkillList']);
    }),

    route('get', '/skills/activity', ({ request }) => {
      const url = new URL(request.url);
      const changes = [...fixtures.agentStates.map((s) => s.lastUpdateTime), ...fixtures.activeContacts.map((c) => c.lastUpdateTime)];
      if (!changedSince(url, changes, (changedAt) => changedAt)) return notModified();
      const activity: Schemas['SkillActivity'][] = fixtures.skills.map((skill) => {
        const waiting = fixtures.activeContacts.filter((c) => c.skillId === skill.skillId && c.agentId === undefined);
        return {
          businessUnitId: fixtures.businessUnitId,
          skillId: skill.skillId,
          skillName: skill.skillName,
          mediaTypeId: skill.mediaTypeId,
          mediaTypeName: skill.mediaTypeName,
          isActive: skill.isActive,
          isOutbound: skill.isOutbound,
          agentsAvailable: fixtures.agentStates.filter((s) => s.agentStateName === 'Available').length,
          agentsLoggedIn: fixtures.agentStates.filter((s) => s.agentStateName !== 'LoggedOut').length,
          agentsUnavailable: fixtures.agentStates.filter((s) => s.agentStateName === 'Unavailable').length,
          queueCount: waiting.length,
          serviceLevel: 80 + ((skill.skillId ?? 0) % 20),
          serviceLevelGoal: skill.serviceLevelGoal,
          serviceLevelThreshold: skill.serviceLevelThreshold,
          ...(waiting[0]?.lastUpdateTime === undefined ? {} : { earliestQueueTime: waiting[0].lastUpdateTime }),
        };
      });
      const page = skipTopPage(url, 'skillActivity', activity);
      if (!page.ok) return fail(400, 'InvalidParameter', page.error);
      // SkillActivityList has no businessUnitId at the top (each item carries it).
      const { businessUnitId: _businessUnitId, ...list } = page.page;
      return ok(list satisfies Schemas['SkillActivityList']);
    }),

    route('get', '/skills/{skillId}', ({ params }) => {
      const skill = fixtures.skills.find((s) => String(s.skillId) === String(params.skillId));
      if (!skill) return fail(404, 'NotFound', `Skill ${String(params.skillId)} was not found.`);
      // The skill itself, not a `skills` wrapper (NICE's agent SDK reads response.data.skillId).
      return ok(skill satisfies Schemas['SkillDetails']);
    }),

    route('get', '/teams', ({ request }) => {
      const url = new URL(request.url);
      const isActive = boolParam(url, 'isActive');
      const text = url.searchParams.get('searchString');
      const changed = changedSince(url, fixtures.teams, (t) => t.lastUpdateTime);
      if (!changed) return notModified();
      const teams = changed.filter((t) => (isActive === undefined || t.isActive === isActive) && search(text, t.teamName, t.description));
      const page = skipTopPage(url, 'teams', teams);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['TeamList']);
    }),

    route('get', '/teams/{teamId}', ({ params }) => {
      const team = fixtures.teams.find((t) => String(t.teamId) === String(params.teamId));
      if (!team) return fail(404, 'NotFound', `Team ${String(params.teamId)} was not found.`);
      const { unavailableCodes: _codes, ...detail } = team;
      return ok({ businessUnitId: fixtures.businessUnitId, lastPollTime: new Date(clock()).toISOString(), teams: [detail] } satisfies Schemas['TeamDetails']);
    }),

  ];
  // Every other operation of every family, answered from its schema on the family's host.
  handlers.push(schemaAnswers.api.operationHandler, schemaAnswers.digital.operationHandler);
  // 501, not 404: no family (of the mock's `families`) has the operation on this host, but the platform may.
  for (const origin of Object.values(hostUrls)) {
    handlers.push(
      http.all(`${origin}/*`, ({ request }) =>
        fail(
          501,
          'NotImplemented',
          `The @ccaas/mocks NICE CXone simulation does not implement ${request.method} ${new URL(request.url).pathname}: ` +
            'it is not an operation of the API families this host serves; add a handler for it with server.use(http...) ' +
            '(tests) or sandbox.use(http...) (sandbox).',
        ),
      ),
    );
  }
  const scenarioContext = {
    tokenEndpoint,
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
    api: createScenarios({ ...scenarioContext, apiBaseUrl: apiEndpoint }),
    digital: createScenarios({ ...scenarioContext, apiBaseUrl: digitalEndpoint }),
  };
  const scenarios = Object.fromEntries(
    Object.keys(hostScenarios.api).map((name) => [
      name,
      (scenarioOptions: { host?: CxoneHost } = {}) => {
        const { host = 'api', ...rest } = scenarioOptions;
        const make = hostScenarios[host === 'digital' ? 'digital' : 'api'][name as keyof PlatformScenarios] as (o: object) => HttpHandler;
        return make(rest);
      },
    ]),
  ) as CxoneScenarios;

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
    operations: operations as readonly string[],
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

/** A simulated NICE CXone tenant; `Paths` (the client types of its `families`) types `override`. */
export type CxoneMock<Paths = unknown> = Omit<ReturnType<typeof buildCxoneMock>, 'override'> & {
  override: OverrideOperation<Paths>;
};
