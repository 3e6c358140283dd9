// Follows a Genesys Cloud notification stream through forced socket_closings and token expiries against the loopback
// sandbox, and reports published = received + inside reported gaps.
//   Node 22+:  npx tsx examples/genesys-notifications.ts
//   Node 20:   node --experimental-websocket --import tsx examples/genesys-notifications.ts
//              (or pass `WebSocket` from the `ws` package to subscribeNotifications)
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { subscribeNotifications, type NotificationGap } from '@ccaas/genesys-cloud/notification-stream';
import { startSandbox } from '@ccaas/mocks/sandbox';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runGenesysNotificationsExample(options: { socketClosings?: number; tokenExpiries?: number; eventsPerRound?: number } = {}) {
  const { socketClosings = 3, tokenExpiries = 2, eventsPerRound = 5 } = options;
  const sandbox = await startSandbox();
  const abort = new AbortController();
  try {
    const genesys = createGenesysCloudClient({
      clientId: sandbox.env.GENESYS_CLIENT_ID!,
      clientSecret: sandbox.env.GENESYS_CLIENT_SECRET!,
      apiBaseUrl: sandbox.env.GENESYS_API_BASE_URL!,
      loginBaseUrl: sandbox.env.GENESYS_LOGIN_BASE_URL!,
    });
    const userId = sandbox.genesysCloud.fixtures.users[0]!.id;
    const topic = `v2.users.${userId}.presence` as const;
    const stream = subscribeNotifications(genesys, [topic], {
      signal: abort.signal,
      reconnect: { initialDelayMs: 50, maxDelayMs: 500 },
      onLifecycle: (event) => console.log(`[notifications] ${event.event}${'cause' in event ? ` (${event.cause})` : ''} channel ${event.channelId ?? '-'}`),
    });
    const received = new Set<string>();
    const gaps: NotificationGap[] = [];
    stream.on('notification', (event) => {
      // typed from the vendor's model for `v2.users.{id}.presence`
      const presence = event.eventBody.presenceDefinition?.systemPresence;
      received.add(`${String(event.metadata?.['CorrelationId'])}:${presence}`);
    });
    stream.on('gap', (gap) => gaps.push(gap));
    await stream.ready;

    const published: { id: string; at: number }[] = [];
    const publishRound = async () => {
      for (let i = 0; i < eventsPerRound; i++) {
        const event = sandbox.genesysCloud.notifications.publish(topic, { source: 'example', presenceDefinition: { id: 'available', systemPresence: 'Available' } });
        published.push({ id: event.correlationId, at: event.at });
        await sleep(20);
      }
      await sleep(100);
    };
    await publishRound();
    for (let i = 0; i < socketClosings; i++) {
      sandbox.genesysCloud.notifications.scenarios.socketClosing(undefined, 300);
      await publishRound();
      await sleep(400);
      sandbox.genesysCloud.notifications.sweep(); // the server closes the old socket after its grace
      await publishRound();
    }
    for (let i = 0; i < tokenExpiries; i++) {
      sandbox.genesysCloud.expireTokens(); // the channel dies with its token: {"result":"404"}, then a new channel
      sandbox.genesysCloud.notifications.heartbeat();
      await sleep(500);
      await publishRound();
    }
    const got = new Set([...received].map((entry) => entry.split(':')[0]));
    const missing = published.filter((p) => !got.has(p.id));
    const inGaps = missing.filter((p) => gaps.some((gap) => p.at >= gap.from && p.at <= gap.to));
    const summary = { published: published.length, received: got.size, inReportedGaps: inGaps.length, lostUnreported: missing.length - inGaps.length, gaps: gaps.length };
    console.log(`[notifications] ${JSON.stringify(summary)}`);
    return summary;
  } finally {
    abort.abort();
    await sandbox.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runGenesysNotificationsExample().then(
    (summary) => {
      if (summary.received + summary.inReportedGaps !== summary.published) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
