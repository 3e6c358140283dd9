// The admin, real-time and reporting operations NICE CXone's fixtures simulate (agents, contacts, skills, teams), with
// the platform's listing conventions: `skip`/`top` pages with absolute `_links`, and `updatedSince` polling answered
// 304 when nothing changed. Every other operation of those families is answered from its schema.
import { http, type HttpHandler } from 'msw';
import { CXONE_API_PATH_PREFIX } from '@ccaas/nice-cxone';
import type { components as AdminComponents } from '@ccaas/nice-cxone/admin';
import type { components as RealtimeComponents } from '@ccaas/nice-cxone/realtime';
import type { components as ReportingComponents } from '@ccaas/nice-cxone/reporting';
import type { AgentSessionsMockOptions } from './cxone-agent-sessions-mock.js';
import type { CxoneFixtures } from './cxone-fixtures.js';

type Schemas = AdminComponents['schemas'] & RealtimeComponents['schemas'] & ReportingComponents['schemas'];

/** How the CXone mock answers an API request (counted in its stats, in the platform's error body). */
export type CxoneAnswers = Pick<AgentSessionsMockOptions, 'ok' | 'fail' | 'notModified'>;

/** What the fixture operations read and change: the tenant's data, its clock, and how to answer. */
export interface CxoneFixtureContext extends CxoneAnswers {
  fixtures: CxoneFixtures;
  clock: () => number;
  /** Registers a fixture handler for one spec operation (see {@link createCxoneFixtureOperations}). */
  route: CxoneRoute;
}

type CxoneRoute = (method: 'get' | 'put', specPath: string, resolver: Parameters<typeof http.get>[1]) => HttpHandler;

/** `GET /a/{b}` -> MSW's `/a/:b`. */
const mswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const numberParam = (url: URL, name: string) => {
  const value = url.searchParams.get(name);
  return value === null ? undefined : Number(value);
};

const boolParam = (url: URL, name: string) => {
  const value = url.searchParams.get(name);
  return value === null ? undefined : value.toLowerCase() === 'true';
};

const search = (text: string | null, ...values: (string | null | undefined)[]) =>
  text === null || values.some((v) => v?.toLowerCase().includes(text.toLowerCase()));

/**
 * Items changed at or after the polling parameter (all when absent); `undefined` when nothing changed -> 304.
 * GET /agents names it `updateSince`, the other listings `updatedSince` (see specs/nice-cxone/source.json).
 */
function changedSince<T>(url: URL, items: T[], changedAt: (item: T) => string | null | undefined, parameter = 'updatedSince'): T[] | undefined {
  const since = url.searchParams.get(parameter);
  if (since === null) return items;
  const threshold = Date.parse(since);
  const changed = items.filter((item) => Date.parse(changedAt(item) ?? '') >= threshold);
  return changed.length > 0 ? changed : undefined;
}

/** Slices by `skip`/`top` and adds `totalRecords`, `_links` (absolute; no `next` on the last page, no `previous` on the first) and `lastPollTime`. */
function skipTopPage<K extends string, T>(context: CxoneFixtureContext, url: URL, key: K, items: T[]) {
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
      businessUnitId: context.fixtures.businessUnitId,
      totalRecords: items.length,
      lastPollTime: new Date(context.clock()).toISOString(),
      _links: {
        self: url.href,
        ...(skip + top < items.length ? { next: link(skip + top) } : {}),
        ...(skip > 0 ? { previous: link(Math.max(0, skip - top)) } : {}),
      },
      [key]: items.slice(skip, skip + top),
    } as { businessUnitId: number; totalRecords: number; lastPollTime: string; _links: { self: string; next?: string; previous?: string } } & Record<K, T[]>,
  } as const;
}

/**
 * Registers fixture handlers on the tenant's API facade (`apiEndpoint`) and lists them in `operations` ("METHOD
 * /path" from the host root; the spec-conformance test checks each). One with a path parameter answers only its own
 * operation, as the schema answers resolve it: `/agents/client-data` is not agent `client-data`.
 */
export function createCxoneRoute(apiEndpoint: string, operationFor: (request: Request) => Promise<string | undefined>) {
  const operations: string[] = [];
  const route: CxoneRoute = (method, specPath, resolver) => {
    const template = `${CXONE_API_PATH_PREFIX}${specPath}`;
    const url = `${apiEndpoint}${CXONE_API_PATH_PREFIX}${mswPath(specPath)}`;
    operations.push(`${method.toUpperCase()} ${template}`);
    if (!specPath.includes('{')) return http[method](url, resolver);
    return http[method](url, async (info) => {
      const operation = await operationFor(info.request);
      return operation === undefined || operation === template ? resolver(info) : undefined;
    });
  };
  return { route, operations: operations as readonly string[] };
}

/** The fixture handlers of every simulated admin, real-time and reporting operation, in the order MSW tries them. */
export function createCxoneFixtureOperations(context: CxoneFixtureContext): HttpHandler[] {
  return [...agentOperations(context), ...contactOperations(context), ...skillOperations(context), ...teamOperations(context)];
}

/** Agents: the listing, their states, one agent, and its update. */
function agentOperations(context: CxoneFixtureContext): HttpHandler[] {
  const { fixtures, clock, route, ok, fail, notModified } = context;
  const findAgent = (id: unknown) => fixtures.agents.find((a) => String(a.agentId) === String(id));
  return [
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
      const page = skipTopPage(context, url, 'agents', agents);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok({ ...page.page, hiddenAgents: 0 } satisfies Schemas['AgentList']);
    }),

    route('get', '/agents/states', ({ request }) => {
      const url = new URL(request.url);
      const changed = changedSince(url, fixtures.agentStates, (s) => s.lastUpdateTime);
      if (!changed) return notModified();
      const page = skipTopPage(context, url, 'agentStates', changed);
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
  ];
}

/** Contacts: active and completed listings, and one contact of either. */
function contactOperations(context: CxoneFixtureContext): HttpHandler[] {
  const { fixtures, clock, route, ok, fail, notModified } = context;
  return [
    route('get', '/contacts/active', ({ request }) => {
      const url = new URL(request.url);
      const changed = changedSince(url, fixtures.activeContacts, (c) => c.lastUpdateTime);
      if (!changed) return notModified();
      const filters = (['mediaTypeId', 'skillId', 'agentId', 'teamId', 'stateId', 'contactId'] as const).map((name) => [name, numberParam(url, name)] as const);
      const contacts = changed.filter((c) => filters.every(([name, value]) => value === undefined || c[name] === value));
      const page = skipTopPage(context, url, 'activeContacts', contacts);
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
      const page = skipTopPage(context, url, 'completedContacts', contacts);
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
  ];
}

/** Skills: the listing, their real-time activity, and one skill. */
function skillOperations(context: CxoneFixtureContext): HttpHandler[] {
  const { fixtures, route, ok, fail, notModified } = context;
  return [
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
      const page = skipTopPage(context, url, 'skillActivity', activity);
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
  ];
}

/** Teams: the listing and one team. */
function teamOperations(context: CxoneFixtureContext): HttpHandler[] {
  const { fixtures, clock, route, ok, fail, notModified } = context;
  return [
    route('get', '/teams', ({ request }) => {
      const url = new URL(request.url);
      const isActive = boolParam(url, 'isActive');
      const text = url.searchParams.get('searchString');
      const changed = changedSince(url, fixtures.teams, (t) => t.lastUpdateTime);
      if (!changed) return notModified();
      const teams = changed.filter((t) => (isActive === undefined || t.isActive === isActive) && search(text, t.teamName, t.description));
      const page = skipTopPage(context, url, 'teams', teams);
      return !page.ok ? fail(400, 'InvalidParameter', page.error) : ok(page.page satisfies Schemas['TeamList']);
    }),

    route('get', '/teams/{teamId}', ({ params }) => {
      const team = fixtures.teams.find((t) => String(t.teamId) === String(params.teamId));
      if (!team) return fail(404, 'NotFound', `Team ${String(params.teamId)} was not found.`);
      const { unavailableCodes: _codes, ...detail } = team;
      return ok({ businessUnitId: fixtures.businessUnitId, lastPollTime: new Date(clock()).toISOString(), teams: [detail] } satisfies Schemas['TeamDetails']);
    }),
  ];
}
