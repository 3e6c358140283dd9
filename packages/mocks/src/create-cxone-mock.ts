import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { CXONE_API_PATH_PREFIX, CXONE_DEFAULT_ISSUER, type components } from '@ccaas/nice-cxone';
import { createCxoneFixtures, type CxoneFixtures } from './cxone-fixtures.js';
import { createScenarios, type PlatformFaults } from './create-scenarios.js';
import { countApiResponse, createMockStats, type MockStats } from './mock-stats.js';
import { createOAuthServer, tokenControls, type MockOAuthClient } from './oauth-server.js';

type Schemas = components['schemas'];

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

/**
 * A simulated NICE CXone tenant for MSW: the issuer's token endpoint (access-key password grant, code + PKCE,
 * rotating refresh tokens, id_token with `tenantId`), OpenID and tenant discovery, and every operation of the
 * curated spec under `<api_endpoint>/inContactAPI/services/v34.0`. `scenarios` inject faults.
 */
export function createCxoneMock(options: CxoneMockOptions = {}) {
  const issuer = (options.issuer ?? CXONE_DEFAULT_ISSUER).replace(/\/+$/, '');
  const apiEndpoint = (options.apiEndpoint ?? 'https://api-na1.niceincontact.com').replace(/\/+$/, '');
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

  const teamsChangedAt = new Date(clock()).toISOString();
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
  const api = (path: string) => `${apiBaseUrl}${path}`;
  const numberParam = (url: URL, name: string) => {
    const value = url.searchParams.get(name);
    return value === null ? undefined : Number(value);
  };
  const boolParam = (url: URL, name: string) => {
    const value = url.searchParams.get(name);
    return value === null ? undefined : value.toLowerCase() === 'true';
  };
  /** Items changed at or after `updatedSince` (all when absent); `undefined` when nothing changed -> 304. */
  const changedSince = <T>(url: URL, items: T[], changedAt: (item: T) => string | null | undefined): T[] | undefined => {
    const since = url.searchParams.get('updatedSince');
    if (since === null) return items;
    const threshold = Date.parse(since);
    const changed = items.filter((item) => Date.parse(changedAt(item) ?? '') >= threshold);
    return changed.length > 0 ? changed : undefined;
  };
  /** Slices by `skip`/`top` and adds `totalRecords`, `_links` (absolute, `next` null on the last page) and `lastPollTime`. */
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
          next: skip + top < items.length ? link(skip + top) : null,
          previous: skip > 0 ? link(Math.max(0, skip - top)) : null,
        },
        [key]: items.slice(skip, skip + top),
      } as { businessUnitId: number; totalRecords: number; lastPollTime: string; _links: Schemas['Links'] } & Record<K, T[]>,
    } as const;
  };
  const search = (text: string | null, ...values: (string | null | undefined)[]) =>
    text === null || values.some((v) => v?.toLowerCase().includes(text.toLowerCase()));

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
      return HttpResponse.json({
        private: false,
        tenantId,
        area: 'na1',
        cluster: 'C32',
        domain: 'niceincontact.com',
        api_endpoint: apiEndpoint,
        auth_endpoint: issuer,
        ui_endpoint: issuer.replace('://cxone.', '://cxagent.'),
        uhDomain: 'niceincontact.com',
      });
    }),

    // Guard: CXone renders JSON only when asked for it, and every API request needs a live bearer token.
    http.all(api('/*'), ({ request }) => {
      const accept = request.headers.get('accept');
      if (accept !== null && !/application\/json|\*\/\*/.test(accept)) {
        countApiResponse(stats, 406);
        return new HttpResponse('No known way to render data', { status: 406, headers: { 'Content-Type': 'text/plain' } });
      }
      const check = oauth.checkBearer(request);
      if (check.ok) return undefined;
      return fail(401, 'invalid_token', check.reason === 'missing' ? 'No bearer token was sent.' : `The access token is ${check.reason}.`);
    }),

    http.get(api('/agents'), ({ request }) => {
      const url = new URL(request.url);
      const isActive = boolParam(url, 'isActive');
      const isLocked = boolParam(url, 'isLocked');
      const text = url.searchParams.get('searchString');
      const changed = changedSince(url, fixtures.agents, (a) => a.lastUpdated);
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

    http.get(api('/agents/states'), ({ request }) => {
      const url = new URL(request.url);
      const changed = changedSince(url, fixtures.agentStates, (s) => s.lastUpdateTime);
      if (!changed) return notModified();
      const page = skipTopPage(url, 'agentStates', changed);
      if (!page.ok) return fail(400, 'InvalidParameter', page.error);
      // AgentStateList has no businessUnitId.
      const { businessUnitId: _businessUnitId, ...states } = page.page;
      return ok(states satisfies Schemas['AgentStateList']);
    }),

    http.get(api('/agents/:agentId'), ({ params }) => {
      const agent = fixtures.agents.find((a) => a.agentId === Number(params.agentId));
      if (!agent) return fail(404, 'NotFound', `Agent ${String(params.agentId)} was not found.`);
      return ok({ businessUnitId: fixtures.businessUnitId, lastPollTime: new Date(clock()).toISOString(), agents: [agent] } satisfies Schemas['AgentDetails']);
    }),

    http.put(api('/agents/:agentId'), async ({ request, params }) => {
      const agent = fixtures.agents.find((a) => a.agentId === Number(params.agentId));
      if (!agent) return fail(404, 'NotFound', `Agent ${String(params.agentId)} was not found.`);
      const body = (await request.json().catch(() => undefined)) as Partial<Schemas['AgentUpdateRequest']> | undefined;
      if (!body || typeof body.agent !== 'object' || body.agent === null) {
        return fail(400, 'InvalidRequest', 'The body must be {"agent": {...fields to change}}.');
      }
      const update = body.agent;
      if (update.teamId !== undefined && !fixtures.teams.some((t) => t.teamId === update.teamId)) {
        return fail(400, 'InvalidTeam', `Team ${update.teamId} does not exist.`);
      }
      Object.assign(agent, update, { lastUpdated: new Date(clock()).toISOString() });
      if (update.teamId !== undefined) agent.teamName = fixtures.teams.find((t) => t.teamId === update.teamId)?.teamName;
      return ok({} satisfies Schemas['AgentUpdateResult']);
    }),

    http.get(api('/contacts/active'), ({ request }) => {
      const url = new URL(request.url);
      const changed = changedSince(url, fixtures.activeContacts, (c) => c.contactStartDate);
      if (!changed) return notModified();
      const filters = (['mediaTypeId', 'skillId', 'agentId', 'stateId', 'contactId'] as const).map((name) => [name, numberParam(url, name)] as const);
      const contacts = changed.filter((c) => filters.every(([name, value]) => value === undefined || c[name] === value));
      const page = skipTopPage(url, 'activeContacts', contacts);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['ActiveContactList']);
    }),

    http.get(api('/contacts/completed'), ({ request }) => {
      const url = new URL(request.url);
      const start = Date.parse(url.searchParams.get('startDate') ?? '');
      const end = Date.parse(url.searchParams.get('endDate') ?? '');
      const changed = changedSince(url, fixtures.completedContacts, (c) => c.contactStartDate);
      if (!changed) return notModified();
      const filters = (['mediaTypeId', 'skillId', 'agentId'] as const).map((name) => [name, numberParam(url, name)] as const);
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

    http.get(api('/contacts/:contactId'), ({ params }) => {
      const id = Number(params.contactId);
      const active = fixtures.activeContacts.find((c) => c.contactId === id);
      const completed = fixtures.completedContacts.find((c) => c.contactId === id);
      if (!active && !completed) return fail(404, 'NotFound', `Contact ${String(params.contactId)} was not found.`);
      const skill = fixtures.skills.find((s) => s.skillId === (active ?? completed)?.skillId);
      // Contact has no stateId or contactStateCategory (those are ActiveContact fields).
      const { stateId: _stateId, contactStateCategory: _category, ...activeFields } = active ?? {};
      const contact: Schemas['Contact'] = active
        ? { ...activeFields, contactId: id, isActive: true, contactEndDate: null }
        : {
            contactId: id,
            masterContactId: completed?.masterContactId,
            agentId: completed?.agentId ?? null,
            skillId: completed?.skillId,
            skillName: skill?.skillName,
            mediaTypeId: completed?.mediaTypeId,
            mediaTypeName: skill?.mediaTypeName,
            stateName: 'EndContact',
            isOutbound: completed?.isOutbound,
            isActive: false,
            contactStartDate: completed?.contactStartDate,
            contactEndDate: new Date(Date.parse(completed?.contactStartDate ?? '') + (completed?.totalDurationSeconds ?? 0) * 1000).toISOString(),
          };
      return ok(contact);
    }),

    http.get(api('/skills'), ({ request }) => {
      const url = new URL(request.url);
      const mediaTypeId = numberParam(url, 'mediaTypeId');
      const strategy = url.searchParams.get('outboundStrategy');
      const text = url.searchParams.get('searchString');
      const skills = fixtures.skills.filter(
        (s) => (mediaTypeId === undefined || s.mediaTypeId === mediaTypeId) && (strategy === null || s.outboundStrategy === strategy) && search(text, s.skillName),
      );
      const page = skipTopPage(url, 'skills', skills);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['SkillList']);
    }),

    http.get(api('/skills/activity'), ({ request }) => {
      const changes = [...fixtures.agentStates.map((s) => s.lastUpdateTime), ...fixtures.activeContacts.map((c) => c.contactStartDate)];
      if (!changedSince(new URL(request.url), changes, (changedAt) => changedAt)) return notModified();
      const activity: Schemas['SkillActivity'][] = fixtures.skills.map((skill) => {
        const waiting = fixtures.activeContacts.filter((c) => c.skillId === skill.skillId && c.agentId === null);
        return {
          skillId: skill.skillId,
          skillName: skill.skillName,
          agentsAvailable: fixtures.agentStates.filter((s) => s.agentStateName === 'Available').length,
          agentsLoggedIn: fixtures.agentStates.filter((s) => s.agentStateName !== 'LoggedOut').length,
          agentsUnavailable: fixtures.agentStates.filter((s) => s.agentStateName === 'Unavailable').length,
          queueCount: waiting.length,
          serviceLevel: 80 + (skill.skillId % 20),
          earliestQueueTime: waiting[0]?.contactStartDate ?? null,
        };
      });
      return ok({ businessUnitId: fixtures.businessUnitId, lastPollTime: new Date(clock()).toISOString(), skillActivity: activity } satisfies Schemas['SkillActivityList']);
    }),

    http.get(api('/skills/:skillId'), ({ params }) => {
      const skill = fixtures.skills.find((s) => s.skillId === Number(params.skillId));
      if (!skill) return fail(404, 'NotFound', `Skill ${String(params.skillId)} was not found.`);
      return ok({ businessUnitId: fixtures.businessUnitId, skills: [skill] } satisfies Schemas['SkillDetails']);
    }),

    http.get(api('/teams'), ({ request }) => {
      const url = new URL(request.url);
      const isActive = boolParam(url, 'isActive');
      const text = url.searchParams.get('searchString');
      // Teams carry no change time: they last changed when the simulated tenant was created.
      const changed = changedSince(url, fixtures.teams, () => teamsChangedAt);
      if (!changed) return notModified();
      const teams = changed.filter((t) => (isActive === undefined || t.isActive === isActive) && search(text, t.teamName, t.description));
      const page = skipTopPage(url, 'teams', teams);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['TeamList']);
    }),

    http.get(api('/teams/:teamId'), ({ params }) => {
      const team = fixtures.teams.find((t) => t.teamId === Number(params.teamId));
      if (!team) return fail(404, 'NotFound', `Team ${String(params.teamId)} was not found.`);
      return ok({ businessUnitId: fixtures.businessUnitId, teams: [team] } satisfies Schemas['TeamDetails']);
    }),

    http.all(api('/*'), ({ request }) =>
      fail(404, 'NotFound', `The sandbox does not implement ${request.method} ${new URL(request.url).pathname}.`),
    ),
  ];

  return {
    platform: 'nice-cxone' as const,
    issuer,
    apiEndpoint,
    apiBaseUrl,
    tokenEndpoint,
    tenantId,
    clients,
    fixtures: fixtures as CxoneFixtures,
    /** MSW handlers: `setupServer(...cxone.handlers)`. */
    handlers,
    /** Fault injection as MSW handlers, e.g. `server.use(cxone.scenarios.rateLimited({ retryAfterSeconds: null }))`. */
    scenarios: createScenarios({
      apiBaseUrl,
      tokenEndpoint,
      faults: cxoneFaults,
      stats,
      clock,
      rateLimitKey: (request) => {
        const check = oauth.checkBearer(request);
        return check.ok ? check.token.clientId : undefined;
      },
      // NICE CXone documents no rate-limit headers: nothing reads the windows
      reportedWindows: new WeakMap(),
    }),
    stats: stats as Readonly<MockStats>,
    ...tokenControls(oauth, stats, authorizedUser),
  };
}

export type CxoneMock = ReturnType<typeof createCxoneMock>;
