// Follows a Genesys Cloud notification stream through forced socket_closings and token expiries, driven through the
// sandbox's control API (the calls another process or a curl would make), and reports events published = received +
// inside reported gaps, with what the client's onAttempt saw of the stream (each reconnect with its cause).
//   npx tsx examples/genesys-notifications.ts   (starts its own sandbox; `npm run demo` runs it too)
import { createGenesysCloudClient, type AttemptEvent, type StreamAttemptEvent } from '@ccaas/genesys-cloud';
import { subscribeNotifications, type NotificationGap } from '@ccaas/genesys-cloud/notification-stream';
import { usersApi } from '@ccaas/genesys-cloud/users';
import type { Sandbox } from '@ccaas/mocks/sandbox';
// Node 20 has no global WebSocket: `ws` is the well-kept Node implementation (browsers and Node 22+ pass none)
import { WebSocket } from 'ws';
import { countStreamAttempts, createDemoReport, isEntryPoint, runStreamFromCommandLine, sleep, waitFor, type DemoReport, type StreamCounts } from './demo-report.js';

export interface GenesysStreamConfig {
  clientId: string;
  clientSecret: string;
  apiBaseUrl: string;
  loginBaseUrl: string;
  /** The sandbox's control API (`<sandbox>/__sandbox`): publishes events and forces the faults. */
  controlUrl: string;
}

export interface StreamFaults {
  socketClosings?: number;
  tokenExpiries?: number;
  eventsPerRound?: number;
}

/** A POST to the sandbox's control API; JSON back when it answers some. */
async function control(config: GenesysStreamConfig, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${config.controlUrl}/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`sandbox control ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

export async function runGenesysNotificationsExample(
  config: GenesysStreamConfig,
  report: DemoReport = createDemoReport('[genesys-stream]'),
  faults: StreamFaults = {},
): Promise<StreamCounts> {
  const { socketClosings = 3, tokenExpiries = 2, eventsPerRound = 4 } = faults;
  const attempts: StreamAttemptEvent[] = [];
  const onAttempt = (event: AttemptEvent) => {
    if (event.kind !== 'stream') return;
    attempts.push(event);
    if (event.phase === 'reconnecting' || event.phase === 'replaced' || event.phase === 'gap') {
      report.log(`onAttempt: ${event.phase}${event.cause ? ` (${event.cause})` : ''} channel ${event.channelId ?? '-'}${event.phase === 'gap' ? `, ${event.durationMs} ms window` : ''}`);
    }
  };
  const genesys = createGenesysCloudClient({ clientId: config.clientId, clientSecret: config.clientSecret, apiBaseUrl: config.apiBaseUrl, loginBaseUrl: config.loginBaseUrl, onAttempt });
  const { data: users } = await usersApi(genesys).GET('/api/v2/users', { params: { query: { pageSize: 1 } } });
  const topic = `v2.users.${users?.entities?.[0]?.id ?? 'unknown-user'}.presence` as const;
  const abort = new AbortController();
  const stream = subscribeNotifications(genesys, [topic], { WebSocket, signal: abort.signal, reconnect: { initialDelayMs: 50, maxDelayMs: 500 } });
  const received = new Set<string>();
  let deliveredTwice = 0;
  const gaps: NotificationGap[] = [];
  stream.on('notification', (event) => {
    // typed from the vendor's model for `v2.users.{id}.presence`
    void event.eventBody.presenceDefinition?.systemPresence;
    const id = String(event.metadata?.['CorrelationId']);
    if (received.has(id)) deliveredTwice++;
    received.add(id);
  });
  stream.on('gap', (gap) => gaps.push(gap));
  try {
    await stream.ready;
    const published: { id: string; at: number }[] = [];
    const publishRound = async () => {
      for (let i = 0; i < eventsPerRound; i++) {
        const eventBody = { source: 'demo', presenceDefinition: { id: 'available', systemPresence: 'Available' } };
        const event = (await control(config, 'genesys-cloud/notifications/publish', { topic, eventBody })) as { correlationId: string; at: number };
        published.push({ id: event.correlationId, at: event.at });
        await sleep(10);
      }
    };
    await publishRound();
    for (let i = 0; i < socketClosings; i++) {
      const replaced = attempts.filter((a) => a.phase === 'replaced').length;
      await control(config, 'genesys-cloud/notifications/socket-closing', { graceMs: 150 });
      await waitFor(() => attempts.filter((a) => a.phase === 'replaced').length > replaced, 3_000);
      await publishRound(); // both sockets open: the new one delivers
      await sleep(200);
      await publishRound(); // the first publish past the grace makes the server close the old socket
    }
    for (let i = 0; i < tokenExpiries; i++) {
      const reported = gaps.length;
      // the platform expires the token; its channel dies with it: {"result":"404"}, a new channel under a new token
      await control(config, 'genesys-cloud/expire-tokens');
      await publishRound();
      await waitFor(() => gaps.length > reported, 3_000);
      await publishRound();
    }
    await sleep(100);
    const missing = published.filter((p) => !received.has(p.id));
    const inGaps = missing.filter((p) => gaps.some((gap) => gap.topics.includes(topic) && p.at >= gap.from && p.at <= gap.to));
    const counts: StreamCounts = {
      faults: `${socketClosings} socket_closing, ${tokenExpiries} token expiries`,
      published: published.length,
      received: published.length - missing.length,
      inReportedGaps: inGaps.length,
      lostUnflagged: missing.length - inGaps.length,
      deliveredTwice,
      attempts: countStreamAttempts(attempts),
    };
    const replacedByClosing = attempts.filter((a) => a.phase === 'replaced' && a.cause === 'socket_closing').length;
    if (replacedByClosing < socketClosings) report.failures.push(`onAttempt saw ${replacedByClosing} socket_closing replacements, expected ${socketClosings}`);
    if (gaps.length < tokenExpiries) report.failures.push(`expected a reported gap per token expiry (${tokenExpiries}), got ${gaps.length}`);
    return counts;
  } finally {
    abort.abort();
  }
}

/** The sandbox's Genesys Cloud and its control API. */
export function genesysStreamConfigOf(sandbox: Sandbox): GenesysStreamConfig {
  const { env } = sandbox;
  return { clientId: env.GENESYS_CLIENT_ID, clientSecret: env.GENESYS_CLIENT_SECRET, apiBaseUrl: env.GENESYS_API_BASE_URL, loginBaseUrl: env.GENESYS_LOGIN_BASE_URL, controlUrl: `${sandbox.url}/__sandbox` };
}

if (isEntryPoint(import.meta.url)) {
  await runStreamFromCommandLine('[genesys-stream]', (sandbox, report) => runGenesysNotificationsExample(genesysStreamConfigOf(sandbox), report));
}
