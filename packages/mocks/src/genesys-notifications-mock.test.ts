// The notification stream against the simulated platform, in process (MSW's WebSocket API), on simulated time.
import { describe, expect, it } from 'vitest';
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import {
  subscribeNotifications,
  type NotificationGap,
  type NotificationLifecycleEvent,
  type NotificationStream,
  type NotificationStreamOptions,
  type NotificationTopic,
} from '@ccaas/genesys-cloud/notification-stream';
import { createGenesysCloudMock, genesysCloudSandboxCredentials, type GenesysCloudMockOptions } from './create-genesys-cloud-mock.js';
import { createSimulatedTime, type SimulatedTime } from './notifications-simulated-time.js';
import { useInProcessWebSockets } from '../test/in-process-websockets.js';

const server = useInProcessWebSockets();

const presence = (userId: string) => `v2.users.${userId}.presence` as const;

interface Harness {
  time: SimulatedTime;
  genesys: ReturnType<typeof createGenesysCloudMock>;
  stream: NotificationStream<NotificationTopic>;
  received: string[];
  gaps: NotificationGap[];
  lifecycle: NotificationLifecycleEvent[];
  /** Publishes `count` events on `topic`, one per simulated second; returns their correlation ids. */
  publish(topic: string, count: number): Promise<string[]>;
  /** Heartbeats every 30 s for `ms` (the platform's rhythm), the stream's timers running alongside. */
  run(ms: number): Promise<void>;
  /** Correlation ids published at a time some reported gap covers, for `topic`. */
  inGaps(published: { id: string; at: number; topic: string }[]): string[];
}

async function startHarness(topics: NotificationTopic[], mockOptions: GenesysCloudMockOptions = {}, streamOptions: NotificationStreamOptions = {}): Promise<Harness> {
  const time = createSimulatedTime();
  const genesys = createGenesysCloudMock({ region: 'eu-west-1', clock: time.now, ...mockOptions });
  server.use(...genesys.handlers, genesys.notifications.webSocketHandler);
  const client = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials, clock: time.now });
  const received: string[] = [];
  const gaps: NotificationGap[] = [];
  const lifecycle: NotificationLifecycleEvent[] = [];
  const stream = subscribeNotifications(client, topics, { timers: time, random: () => 0.5, ...streamOptions });
  stream.on('notification', (event) => received.push(String(event.metadata?.['CorrelationId'])));
  stream.on('gap', (gap) => gaps.push(gap));
  stream.on('lifecycle', (event) => lifecycle.push(event));
  await Promise.race([stream.ready, time.advance(0)]);
  await stream.ready;
  const log: { id: string; at: number; topic: string }[] = [];
  return {
    time,
    genesys,
    stream,
    received,
    gaps,
    lifecycle,
    async publish(topic, count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const published = genesys.notifications.publish(topic, { source: 'mock', message: `event ${i}` });
        log.push({ id: published.correlationId, at: published.at, topic });
        ids.push(published.correlationId);
        await time.advance(1_000);
      }
      return ids;
    },
    async run(ms) {
      for (let elapsed = 0; elapsed < ms; elapsed += 30_000) {
        genesys.notifications.heartbeat();
        await time.advance(Math.min(30_000, ms - elapsed));
      }
    },
    inGaps: (published) => published.filter((p) => gaps.some((g) => g.topics.includes(p.topic) && p.at >= g.from && p.at <= g.to)).map((p) => p.id),
  };
}

describe('Genesys notification stream against the simulated platform', () => {
  it('an iterator read slower than events arrive keeps maxBufferedEvents: the oldest are dropped and reported as one buffer-overflow gap first', async () => {
    const h = await startHarness([presence('u-1')], {}, { maxBufferedEvents: 5 });
    const iterator = h.stream[Symbol.asyncIterator]();
    const started = h.time.now();
    const ids = await h.publish(presence('u-1'), 8);
    const first = (await iterator.next()).value;
    expect(first).toMatchObject({ type: 'gap', cause: 'buffer-overflow', topics: [presence('u-1')] });
    const gap = first as NotificationGap;
    // the window covers exactly the three dropped events' arrival times
    expect(gap.from).toBeGreaterThanOrEqual(started);
    expect(gap.to).toBeLessThan(started + 3_000);
    const rest: string[] = [];
    for (let i = 0; i < 5; i++) {
      const event = (await iterator.next()).value;
      if (event?.type === 'notification') rest.push(String(event.metadata?.['CorrelationId']));
    }
    expect(rest).toEqual(ids.slice(3));
    expect(h.received).toEqual(ids); // callbacks are not buffered: they saw everything
    h.stream.close();
  });

  it('events that arrive after ready but before the first for-await are held for the first iterator, not lost', async () => {
    const time = createSimulatedTime();
    const genesys = createGenesysCloudMock({ region: 'eu-west-1', clock: time.now });
    server.use(...genesys.handlers, genesys.notifications.webSocketHandler);
    const client = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials, clock: time.now });
    const stream = subscribeNotifications(client, [presence('u-1')], { timers: time, random: () => 0.5 });
    await Promise.race([stream.ready, time.advance(0)]);
    await stream.ready;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(genesys.notifications.publish(presence('u-1'), { source: 'mock', message: `early ${i}` }).correlationId);
      await time.advance(1_000);
    }
    const iterator = stream[Symbol.asyncIterator]();
    const read: string[] = [];
    for (let i = 0; i < 3; i++) {
      const event = (await iterator.next()).value;
      if (event?.type === 'notification') read.push(String(event.metadata?.['CorrelationId']));
    }
    expect(read).toEqual(ids);
    stream.close();
  });

  it('maxBufferedEvents must be a positive integer', () => {
    const client = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials });
    expect(() => subscribeNotifications(client, [presence('u-1')], { maxBufferedEvents: 0 })).toThrow(/maxBufferedEvents must be a positive integer/);
  });

  it('delivers the events of subscribed topics, typed by topic, over one channel', async () => {
    const h = await startHarness([presence('u-1')]);
    const ids = await h.publish(presence('u-1'), 3);
    expect(h.received).toEqual(ids);
    expect(h.gaps).toEqual([]);
    expect(h.genesys.notifications.channels()).toHaveLength(1);
    h.stream.close();
  });

  it('socket_closing: the new socket is connected and subscribed before the old one closes, so nothing is lost and no gap is reported', async () => {
    const h = await startHarness([presence('u-1')]);
    const channelBefore = h.stream.channels()[0]!.channelId;
    const before = await h.publish(presence('u-1'), 2);
    h.genesys.notifications.scenarios.socketClosing();
    const during = await h.publish(presence('u-1'), 3);
    await h.run(90_000); // the server closes the old socket a minute later
    const after = await h.publish(presence('u-1'), 2);
    expect(h.received).toEqual([...before, ...during, ...after]);
    expect(h.gaps).toEqual([]);
    expect(h.lifecycle.some((e) => e.event === 'socket-replaced' && e.cause === 'socket-closing')).toBe(true);
    expect(h.stream.channels()[0]!.channelId).toBe(channelBefore); // the channel is reused
    h.stream.close();
  });

  it('a silent drop (no heartbeat, no pong) is caught by the watchdog: it reconnects and reports the window as a gap', async () => {
    const h = await startHarness([presence('u-1')]);
    await h.publish(presence('u-1'), 1);
    h.genesys.notifications.scenarios.silentDrop();
    const lost = await h.publish(presence('u-1'), 3);
    await h.run(120_000);
    const after = await h.publish(presence('u-1'), 2);
    expect(h.received).not.toContain(lost[0]);
    expect(h.received.slice(-2)).toEqual(after);
    expect(h.gaps).toHaveLength(1);
    expect(h.gaps[0]).toMatchObject({ cause: 'heartbeat-timeout', topics: [presence('u-1')] });
    const published = lost.map((id, i) => ({ id, at: h.gaps[0]!.from + 1_000 * (i + 1), topic: presence('u-1') }));
    expect(h.inGaps(published)).toEqual(lost);
    h.stream.close();
  });

  it('the server closes the socket mid-stream: it reconnects to the same channel and reports the gap', async () => {
    const h = await startHarness([presence('u-1')]);
    const channel = h.stream.channels()[0]!.channelId;
    await h.publish(presence('u-1'), 2);
    h.genesys.notifications.scenarios.closeMidStream();
    await h.time.advance(5_000);
    const after = await h.publish(presence('u-1'), 2);
    expect(h.received.slice(-2)).toEqual(after);
    expect(h.gaps.map((g) => g.cause)).toEqual(['socket-closed']);
    expect(h.stream.channels()[0]!.channelId).toBe(channel);
    h.stream.close();
  });

  it('eviction by a 21st channel: {"result":"404"} reports channel-lost and a gap, and a new channel takes over', async () => {
    const h = await startHarness([presence('u-1')]);
    const evicted = h.stream.channels()[0]!.channelId!;
    h.genesys.notifications.scenarios.evictBy21stChannel(evicted);
    await h.time.advance(5_000);
    const after = await h.publish(presence('u-1'), 2);
    expect(h.lifecycle).toContainEqual(expect.objectContaining({ event: 'channel-lost', reason: 'evicted-or-token-expired', channelId: evicted }));
    expect(h.gaps.map((g) => g.cause)).toEqual(['channel-gone']);
    expect(h.stream.channels()[0]!.channelId).not.toBe(evicted);
    expect(h.received.slice(-2)).toEqual(after);
    h.stream.close();
  });

  it('a 404 after the token expired: a new channel under a new token, the window reported as a gap', async () => {
    const h = await startHarness([presence('u-1')]);
    const first = h.stream.channels()[0]!.channelId;
    h.genesys.expireTokens();
    await h.run(60_000); // the next heartbeat sweep finds the channel's token expired
    const after = await h.publish(presence('u-1'), 2);
    expect(h.gaps.map((g) => g.cause)).toEqual(['channel-gone']);
    expect(h.stream.channels()[0]!.channelId).not.toBe(first);
    expect(h.received.slice(-2)).toEqual(after);
    h.stream.close();
  });

  it('24 h channel expiry under an accelerated clock: renewed before it expires, and the token moved to a new channel before it expires: no gap', async () => {
    const h = await startHarness([presence('u-1')], { tokenLifetimeSeconds: 86_400 });
    await h.run(26 * 3_600_000);
    const after = await h.publish(presence('u-1'), 2);
    expect(h.gaps).toEqual([]);
    expect(h.lifecycle.some((e) => e.event === 'channel-renewed' || (e.event === 'socket-replaced' && e.cause === 'token-refreshed'))).toBe(true);
    expect(h.received).toEqual(after);
    h.stream.close();
  });

  it('more than 1,000 topics are spread over channels of at most 1,000', async () => {
    const topics = Array.from({ length: 2_500 }, (_, i) => presence(`u-${i}`));
    const h = await startHarness(topics);
    expect(h.genesys.notifications.channels().map((c) => c.topics.length)).toEqual([1_000, 1_000, 500]);
    const ids = [...(await h.publish(presence('u-0'), 1)), ...(await h.publish(presence('u-2499'), 1))];
    expect(h.received).toEqual(ids);
    h.stream.close();
  });

  it('an async iterator yields typed events and ends when the signal aborts', async () => {
    const time = createSimulatedTime();
    const genesys = createGenesysCloudMock({ region: 'eu-west-1', clock: time.now });
    server.use(...genesys.handlers, genesys.notifications.webSocketHandler);
    const client = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials, clock: time.now });
    const abort = new AbortController();
    const stream = subscribeNotifications(client, [presence('u-1')], { timers: time, signal: abort.signal });
    const iterator = stream[Symbol.asyncIterator]();
    await time.advance(0);
    await stream.ready;
    genesys.notifications.publish(presence('u-1'), { source: 'mock', presenceDefinition: { systemPresence: 'Available' } });
    await time.advance(0);
    let event = await iterator.next();
    while (!event.done && event.value.type !== 'notification') event = await iterator.next();
    expect(event.value).toMatchObject({ type: 'notification', topic: presence('u-1'), eventBody: { presenceDefinition: { systemPresence: 'Available' } } });
    abort.abort();
    for (event = await iterator.next(); !event.done; event = await iterator.next());
    expect(event.done).toBe(true);
    await time.advance(0);
    expect(genesys.notifications.channels()[0]!.sockets).toBe(0);
  });
});
