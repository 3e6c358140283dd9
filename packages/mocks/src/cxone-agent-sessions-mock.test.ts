// The CXone agent-event loop against the simulated tenant: 304s, events, a 401 mid-session, 429s, network errors, end.
import { TokenRequestError } from '@ccaas/auth-core';
import { createCxoneClient } from '@ccaas/nice-cxone';
import { agentEvents, agentSessionPaths, AgentSessionEndedError, type AgentEventStreamItem } from '@ccaas/nice-cxone/agent-events';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCxoneMock, cxoneSandboxCredentials } from './create-cxone-mock.js';
import { createSimulatedTime } from './notifications-simulated-time.js';
import { pollThroughRateLimitsAndNetworkErrors } from '../test/agent-event-faults.js';

const cxone = createCxoneMock({ tokenLifetimeSeconds: 900 });
const server = setupServer(...cxone.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const createClient = () => createCxoneClient({ ...cxoneSandboxCredentials, tenantId: undefined, retry: { baseDelayMs: 1, maxRetries: 1 } });
const station = { stationId: 'station-1', stationPhoneNumber: '+15551230000' };
const typesOf = (items: AgentEventStreamItem[]) => items.flatMap((item) => (item.type === 'event' ? [item.event.Type] : []));

/** Drives the loop: `act(n)` runs after the n-th poll-level item or empty poll, by publishing between polls. */
async function collect(loop: AsyncGenerator<AgentEventStreamItem>, until: (items: AgentEventStreamItem[]) => boolean, limit = 200) {
  const items: AgentEventStreamItem[] = [];
  for await (const item of loop) {
    items.push(item);
    if (until(items) || items.length >= limit) break;
  }
  return items;
}

describe('CXone agent-session events', () => {
  it('starts a session, yields AgentSessionStart then published events, and ends on AgentSessionEnd (no DELETE needed)', async () => {
    const loop = agentEvents(createClient(), { session: station });
    const first = await loop.next();
    expect(first.value).toMatchObject({ type: 'event', event: { Type: 'AgentSessionStart' } });
    const sessionId = (first.value as { sessionId: string }).sessionId;
    cxone.agentSessions.publish({ Type: 'AgentState', CurrentState: 'Available' }, sessionId);
    cxone.agentSessions.endSession(sessionId);
    const rest = await collect(loop, () => false);
    expect(typesOf(rest)).toEqual(['AgentState', 'AgentSessionEnd']);
    expect(cxone.agentSessions.sessions().find((s) => s.id === sessionId)).toMatchObject({ ended: true, published: 3, delivered: 3 });
  });

  it('empty polls (304) keep the loop polling until an event arrives', async () => {
    const loop = agentEvents(createClient(), { session: station, pollTimeoutSeconds: 0 });
    const start = await loop.next();
    const sessionId = (start.value as { sessionId: string }).sessionId;
    // publish after a few empty polls: the mock counts them
    const publishLater = (async () => {
      for (let i = 0; i < 5_000 && (cxone.agentSessions.sessions().find((s) => s.id === sessionId)?.polls ?? 0) < 4; i++) await new Promise((r) => setTimeout(r, 1));
      cxone.agentSessions.publish({ Type: 'AgentState', CurrentState: 'Unavailable' }, sessionId);
    })();
    const next = await loop.next();
    await publishLater;
    expect(next.value).toMatchObject({ type: 'event', event: { Type: 'AgentState', CurrentState: 'Unavailable' } });
    expect(cxone.agentSessions.sessions().find((s) => s.id === sessionId)!.polls).toBeGreaterThanOrEqual(4);
    await loop.return(undefined);
    expect(cxone.agentSessions.sessions().find((s) => s.id === sessionId)!.ended).toBe(true); // break ends the session (DELETE)
  });

  it('a token that expired mid-session (401) is refreshed and the poll replayed: no event lost, no retry reported', async () => {
    const loop = agentEvents(createClient(), { session: station });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    cxone.expireTokens();
    cxone.agentSessions.publish({ Type: 'AgentState', CurrentState: 'Available' }, sessionId);
    server.use(cxone.scenarios.unauthorized({ times: 1, path: agentSessionPaths.nextEvent }));
    const next = await loop.next();
    expect(next.value).toMatchObject({ type: 'event', event: { Type: 'AgentState' } });
    await loop.return(undefined);
  });

  it('429s and network errors back off with jitter on simulated time, are reported as retrying, and lose nothing', async () => {
    const time = createSimulatedTime();
    const loop = agentEvents(createClient(), { session: station, timers: time, random: () => 0.5, backoff: { initialDelayMs: 1_000, maxDelayMs: 8_000 } });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    const items = await pollThroughRateLimitsAndNetworkErrors(loop, { server, cxone, sessionId, time });
    const causes = items.filter((item) => item.type === 'retrying').map((item) => (item as { cause: string }).cause);
    expect(causes).toContain('rate-limited');
    expect(causes).toContain('network-error');
    expect(typesOf(items)).toEqual(['AgentState']);
    await loop.return(undefined);
  });

  it('a session the platform no longer knows (404) ends the loop with AgentSessionEndedError', async () => {
    const loop = agentEvents(createClient(), { session: station });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    cxone.agentSessions.endSession(sessionId);
    await loop.next(); // AgentSessionEnd ends it normally
    expect((await loop.next()).done).toBe(true);
    const joined = agentEvents(createClient(), { session: { sessionId } });
    await expect(joined.next()).rejects.toBeInstanceOf(AgentSessionEndedError);
  });

  it('an aborted signal ends the loop and the session it started', async () => {
    const abort = new AbortController();
    const loop = agentEvents(createClient(), { session: station, signal: abort.signal });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    abort.abort();
    expect((await loop.next()).done).toBe(true);
    expect(cxone.agentSessions.sessions().find((s) => s.id === sessionId)!.ended).toBe(true);
  });

  it('a token that can no longer be obtained (refresh revoked, token endpoint refusing) is fatal: the loop throws the TokenRequestError', async () => {
    const client = createClient();
    const loop = agentEvents(client, { session: station });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    cxone.revokeRefreshTokens();
    cxone.expireTokens();
    server.use(cxone.scenarios.tokenEndpointErrors({ times: 20, status: 400 }));
    const error = await loop.next().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((await loop.next()).done).toBe(true);
    expect(cxone.agentSessions.sessions().find((s) => s.id === sessionId)).toBeDefined();
  });
});
