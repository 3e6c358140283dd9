// The CXone agent-event loop reports the session's life through the onAttempt and tracer its client was created
// with: started, each retry with its cause, the token refreshes it polled across, and how it ended.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTelemetrySpans, spanNames, TokenRequestError, type AttemptEvent, type StreamAttemptEvent } from '@ccaas/auth-core';
import { createCxoneClient, type CxoneClientOptions } from '@ccaas/nice-cxone';
import { agentEvents, agentSessionPaths } from '@ccaas/nice-cxone/agent-events';
import { createCxoneMock, cxoneSandboxCredentials } from './create-cxone-mock.js';
import { createSimulatedTime } from './notifications-simulated-time.js';
import { pollThroughRateLimitsAndNetworkErrors } from '../test/agent-event-faults.js';

const cxone = createCxoneMock({ tokenLifetimeSeconds: 900 });
const server = setupServer(...cxone.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const station = { stationId: 'station-1', stationPhoneNumber: '+15551230000' };

function observedClient(options: Partial<CxoneClientOptions> = {}) {
  const events: AttemptEvent[] = [];
  const client = createCxoneClient({
    ...cxoneSandboxCredentials,
    tenantId: undefined,
    retry: { baseDelayMs: 1, maxRetries: 1 },
    onAttempt: (event) => void events.push(event),
    ...options,
  });
  const steps = () => events.filter((event): event is StreamAttemptEvent => event.kind === 'stream');
  return { client, events, steps };
}

const phases = (steps: StreamAttemptEvent[]) => steps.map((step) => `${step.phase}${step.cause ? ` ${step.cause}` : ''}`);

describe('CXone agent events through the client’s onAttempt', () => {
  it('reports session_started with the session id, then session_ended caused by platform_ended on AgentSessionEnd', async () => {
    const { client, steps } = observedClient();
    const loop = agentEvents(client, { session: station });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    cxone.agentSessions.endSession(sessionId);
    for await (const item of loop) void item;
    expect(phases(steps())).toEqual(['session_started', 'session_ended platform_ended']);
    expect(steps()[0]).toMatchObject({ stream: 'cxone.agent_events', channelId: sessionId, attempt: 1, outcome: 'response' });
    expect(steps()[0]!.url).not.toContain('?'); // the station id stays out of traces
  });

  it('reports retries caused by rate_limited and network, with their attempt numbers and planned waits', async () => {
    const time = createSimulatedTime();
    const { client, steps } = observedClient();
    const loop = agentEvents(client, { session: station, timers: time, random: () => 0.5, backoff: { initialDelayMs: 1_000, maxDelayMs: 8_000 } });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    const items = await pollThroughRateLimitsAndNetworkErrors(loop, { server, cxone, sessionId, time });
    await loop.return(undefined);
    const retries = steps().filter((step) => step.phase === 'reconnecting');
    const yielded = items.filter((item) => item.type === 'retrying');
    // one reported retry per `retrying` item, same attempt and wait
    expect(retries.map((step) => [step.cause, step.attempt, step.delayMs])).toEqual(
      yielded.map((item) => [item.cause === 'rate-limited' ? 'rate_limited' : 'network', item.attempt, item.delayMs]),
    );
    expect(retries.find((step) => step.cause === 'rate_limited')).toMatchObject({ status: 429, error: 'RateLimitError' });
    expect(retries.find((step) => step.cause === 'network')).toMatchObject({ outcome: 'network_error' });
    expect(phases(steps()).at(-1)).toBe('session_ended aborted');
  });

  it('reports a token refresh mid-session as renewed caused by token_refreshed, and keeps polling', async () => {
    const { client, steps } = observedClient();
    const loop = agentEvents(client, { session: station });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    cxone.expireTokens();
    server.use(cxone.scenarios.unauthorized({ times: 1, path: agentSessionPaths.nextEvent }));
    cxone.agentSessions.publish({ Type: 'AgentState', CurrentState: 'Available' }, sessionId);
    expect((await loop.next()).value).toMatchObject({ type: 'event', event: { Type: 'AgentState' } });
    await loop.return(undefined);
    expect(phases(steps())).toEqual(['session_started', 'renewed token_refreshed', 'session_ended aborted']);
  });

  it('reports session_ended caused by failed, naming the error, when the token can no longer be obtained', async () => {
    const { client, steps } = observedClient();
    const loop = agentEvents(client, { session: station });
    await loop.next();
    cxone.revokeRefreshTokens();
    cxone.expireTokens();
    server.use(cxone.scenarios.tokenEndpointErrors({ times: 20, status: 400 }));
    await expect(loop.next()).rejects.toBeInstanceOf(TokenRequestError);
    expect(steps().at(-1)).toMatchObject({ phase: 'session_ended', cause: 'failed', error: 'TokenRequestError' });
    expect(JSON.stringify(steps())).not.toMatch(/secret|Bearer|access_token/i);
  });

  it('an aborted signal is reported as session_ended caused by aborted', async () => {
    const abort = new AbortController();
    const { client, steps } = observedClient();
    const loop = agentEvents(client, { session: station, signal: abort.signal });
    await loop.next();
    abort.abort();
    expect((await loop.next()).done).toBe(true);
    expect(steps().at(-1)).toMatchObject({ phase: 'session_ended', cause: 'aborted', outcome: 'aborted' });
  });
});

describe('CXone agent events as OpenTelemetry spans (in-memory exporter)', () => {
  it('the session start and end are ccaas.stream spans of the tracer the client was created with', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const { client } = observedClient({ onAttempt: undefined, tracer: openTelemetrySpans(provider.getTracer('test')) });
    const loop = agentEvents(client, { session: station });
    const sessionId = ((await loop.next()).value as { sessionId: string }).sessionId;
    cxone.agentSessions.endSession(sessionId);
    for await (const item of loop) void item;
    const spans = exporter.getFinishedSpans().filter((span) => span.name === spanNames.stream);
    expect(spans.map((span) => [span.attributes['ccaas.stream.phase'], span.attributes['ccaas.stream.cause'], span.attributes['ccaas.stream.channel_id']])).toEqual([
      ['session_started', undefined, sessionId],
      ['session_ended', 'platform_ended', sessionId],
    ]);
  });
});
