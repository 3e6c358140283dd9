// The Genesys notification stream reports its channel lifecycle, each reconnect with its cause, and each gap through
// the onAttempt and tracer its client was created with (simulated platform in process, simulated time).
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { openTelemetrySpans, spanNames, type AttemptEvent, type StreamAttemptEvent } from '@ccaas/auth-core';
import { createGenesysCloudClient, type GenesysCloudClientOptions } from '@ccaas/genesys-cloud';
import { subscribeNotifications } from '@ccaas/genesys-cloud/notification-stream';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from './create-genesys-cloud-mock.js';
import { createSimulatedTime } from './notifications-simulated-time.js';
import { useInProcessWebSockets } from '../test/in-process-websockets.js';

const server = useInProcessWebSockets();

const topic = 'v2.users.u-1.presence' as const;

async function observedStream(clientOptions: Partial<GenesysCloudClientOptions>) {
  const time = createSimulatedTime();
  const genesys = createGenesysCloudMock({ region: 'eu-west-1', clock: time.now });
  server.use(...genesys.handlers, genesys.notifications.webSocketHandler);
  const client = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials, clock: time.now, ...clientOptions });
  const stream = subscribeNotifications(client, [topic], { timers: time, random: () => 0.5 });
  await Promise.race([stream.ready, time.advance(0)]);
  await stream.ready;
  return { time, genesys, client, stream };
}

function observer() {
  const events: AttemptEvent[] = [];
  const stream = () => events.filter((event): event is StreamAttemptEvent => event.kind === 'stream');
  return { events, stream, onAttempt: (event: AttemptEvent) => void events.push(event) };
}

describe('notification stream through the client’s onAttempt', () => {
  it('reports the channel lifecycle: channel_created, subscribed, connected, then closed (aborted) on close()', async () => {
    const seen = observer();
    const { stream } = await observedStream({ onAttempt: seen.onAttempt });
    const channelId = stream.channels()[0]!.channelId!;
    stream.close();
    const steps = seen.stream();
    expect(steps.map((event) => event.phase)).toEqual(['channel_created', 'subscribed', 'connected', 'closed']);
    expect(steps[0]).toMatchObject({ stream: 'genesys.notifications', channelId, topicCount: 1, url: `https://api.mypurecloud.ie/api/v2/notifications/channels/${channelId}` });
    expect(steps.at(-1)).toMatchObject({ phase: 'closed', cause: 'aborted', outcome: 'aborted' });
    expect(new Set(steps.map((event) => event.streamId)).size).toBe(1);
    // the REST calls that made the channel are reported alongside, as always
    expect(seen.events.some((event) => event.kind === 'request' && event.url.endsWith('/api/v2/notifications/channels'))).toBe(true);
  });

  it('reports a replacement caused by socket_closing through onAttempt, with no gap', async () => {
    const seen = observer();
    const { time, genesys, stream } = await observedStream({ onAttempt: seen.onAttempt });
    genesys.notifications.scenarios.socketClosing();
    await time.advance(5_000);
    expect(seen.stream()).toContainEqual(expect.objectContaining({ phase: 'replaced', cause: 'socket_closing', channelId: stream.channels()[0]!.channelId }));
    expect(seen.stream().filter((event) => event.phase === 'gap')).toEqual([]);
    stream.close();
  });

  it('reports a reconnect caused by heartbeat_timeout (a silent drop) and the gap it leaves, with its window', async () => {
    const seen = observer();
    const { time, genesys, stream } = await observedStream({ onAttempt: seen.onAttempt });
    genesys.notifications.scenarios.silentDrop();
    await time.advance(120_000);
    const steps = seen.stream();
    expect(steps).toContainEqual(expect.objectContaining({ phase: 'reconnecting', cause: 'heartbeat_timeout', attempt: 1, delayMs: 0, outcome: 'timeout' }));
    const gap = steps.find((event) => event.phase === 'gap');
    expect(gap).toMatchObject({ cause: 'heartbeat_timeout', topicCount: 1 });
    expect(gap!.durationMs).toBeGreaterThanOrEqual(75_000); // the watchdog's bound: nothing arrived for that long
    stream.close();
  });

  it('reports channel_lost (404) and a reconnect caused by evicted_or_token_expired when a 21st channel evicts ours', async () => {
    const seen = observer();
    const { time, genesys, stream } = await observedStream({ onAttempt: seen.onAttempt });
    const evicted = stream.channels()[0]!.channelId!;
    genesys.notifications.scenarios.evictBy21stChannel(evicted);
    await time.advance(5_000);
    const phases = seen.stream().map((event) => `${event.phase} ${event.cause ?? ''}`.trim());
    expect(phases.slice(3)).toEqual([
      'channel_lost evicted_or_token_expired',
      'reconnecting evicted_or_token_expired',
      'channel_created',
      'subscribed',
      'connected',
      'gap evicted_or_token_expired',
    ]);
    expect(seen.stream().find((event) => event.phase === 'channel_lost')).toMatchObject({ channelId: evicted, status: 404 });
    stream.close();
  });

  it('reports a move to a new channel caused by token_refreshed when the client’s token is refreshed', async () => {
    const seen = observer();
    const { time, client, stream } = await observedStream({ onAttempt: seen.onAttempt });
    const before = stream.channels()[0]!.channelId;
    await client.tokenManager.refresh();
    await time.advance(5_000);
    const after = stream.channels()[0]!.channelId;
    expect(after).not.toBe(before);
    expect(seen.stream()).toContainEqual(expect.objectContaining({ phase: 'replaced', cause: 'token_refreshed', channelId: after }));
    expect(seen.stream().filter((event) => event.phase === 'gap')).toEqual([]);
    stream.close();
  });

  it('never puts a token or the socket’s connectUri into an event', async () => {
    const seen = observer();
    const { time, genesys, stream } = await observedStream({ onAttempt: seen.onAttempt });
    genesys.notifications.scenarios.socketClosing();
    genesys.notifications.scenarios.closeMidStream();
    await time.advance(10_000);
    stream.close();
    const text = JSON.stringify(seen.stream());
    expect(text).not.toMatch(/wss?:\/\//);
    expect(text).not.toMatch(/access_token|Bearer|token=/i);
  });
});

describe('notification stream as OpenTelemetry spans (in-memory exporter)', () => {
  it('a reconnect after the server closed the socket mid-stream is a ccaas.stream span with its cause; its gap is an error span', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const { time, genesys, stream } = await observedStream({ tracer: openTelemetrySpans(provider.getTracer('test')) });
    genesys.notifications.scenarios.closeMidStream();
    await time.advance(5_000);
    stream.close();
    const spans = exporter.getFinishedSpans().filter((span) => span.name === spanNames.stream);
    const reconnect = spans.find((span) => span.attributes['ccaas.stream.phase'] === 'reconnecting');
    expect(reconnect?.attributes).toMatchObject({ 'ccaas.stream.name': 'genesys.notifications', 'ccaas.stream.cause': 'socket_closed', 'ccaas.attempt': 1, 'ccaas.outcome': 'network_error' });
    const gap = spans.find((span) => span.attributes['ccaas.stream.phase'] === 'gap');
    expect(gap?.status).toEqual({ code: 2, message: 'socket_closed' });
    // token requests are spans of the same tracer, as before
    expect(exporter.getFinishedSpans().some((span) => span.name === spanNames.tokenRequest)).toBe(true);
  });
});
