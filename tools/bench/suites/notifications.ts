// Suite: event streams that outlive tokens, sockets and channels. A soak on simulated time, in process (MSW's
// WebSocket API and the @ccaas/mocks simulations): the Genesys notification stream through >= 50 socket_closings,
// 10 token expiries, 5 silent drops and one eviction, side by side with a naive WebSocket client under the same fault
// schedule; then the CXone agent-event loop across 10 token expiries, beside a naive poller. Counts, not timings:
// received + lost inside reported gaps must equal published, no unflagged duplicate, heap flat.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setupServer } from 'msw/node';
import type { NotificationGap } from '@ccaas/genesys-cloud/notification-stream';
import { createSimulatedTime } from '../../../packages/mocks/src/notifications-simulated-time.js';
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { ensurePublishedBuild } from '../ensure-published-build.js';

/** The published packages, from dist/ (loaded after the build, as a consumer would get them). */
async function loadPackages() {
  const [genesys, stream, cxone, events, mocks] = await Promise.all([
    import('@ccaas/genesys-cloud'),
    import('@ccaas/genesys-cloud/notification-stream'),
    import('@ccaas/nice-cxone'),
    import('@ccaas/nice-cxone/agent-events'),
    import('@ccaas/mocks'),
  ]);
  return { ...genesys, ...stream, ...cxone, ...events, ...mocks };
}
let packages: Awaited<ReturnType<typeof loadPackages>>;

interface Plan {
  cycles: number;
  eventsPerCycle: number;
  socketClosings: number;
  tokenExpiries: number;
  silentDrops: number;
  evictions: number;
  cxoneEvents: number;
  cxoneTokenExpiries: number;
}

const fullPlan: Plan = { cycles: 70, eventsPerCycle: 20, socketClosings: 52, tokenExpiries: 10, silentDrops: 5, evictions: 1, cxoneEvents: 2_000, cxoneTokenExpiries: 10 };
const smokePlan: Plan = { cycles: 12, eventsPerCycle: 5, socketClosings: 6, tokenExpiries: 2, silentDrops: 1, evictions: 1, cxoneEvents: 100, cxoneTokenExpiries: 2 };

type Fault = 'socket-closing' | 'token-expiry' | 'silent-drop' | 'eviction' | 'none';

/** Which fault each cycle starts with: spread evenly, deterministic (the same for both clients). */
function faultSchedule(plan: Plan): Fault[] {
  const schedule: Fault[] = Array.from({ length: plan.cycles }, () => 'none');
  const place = (fault: Fault, count: number, offset: number) => {
    for (let i = 0; i < count; i++) {
      let slot = Math.floor(((i + offset) * plan.cycles) / Math.max(count, 1)) % plan.cycles;
      while (schedule[slot] !== 'none') slot = (slot + 1) % plan.cycles;
      schedule[slot] = fault;
    }
  };
  place('eviction', plan.evictions, 0.5);
  place('silent-drop', plan.silentDrops, 0.3);
  place('token-expiry', plan.tokenExpiries, 0.7);
  place('socket-closing', Math.min(plan.socketClosings, plan.cycles - plan.evictions - plan.silentDrops - plan.tokenExpiries), 0.1);
  return schedule;
}

interface StreamTally {
  published: number;
  received: number;
  lostInGaps: number;
  lostUnflagged: number;
  duplicates: number;
  gaps: number;
  faults: Record<Fault, number>;
  heapRatio: number;
}

/**
 * A full GC before each sample, so the ratio compares live objects rather than garbage not yet collected. `npm run
 * bench` does not start Node with --expose-gc, so the flag is set at run time and `gc` read from a fresh context.
 */
const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

const heapUsed = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/** The heap at the end may exceed the warm heap by this much (the fault soak's goal, tools/bench/suites/soak.ts). */
const flatHeapRatio = 1.1;

/** One client under the schedule; `connect` starts it and returns received correlation ids and reported gaps. */
async function soakGenesys(
  plan: Plan,
  connect: (env: { client: ReturnType<typeof packages.createGenesysCloudClient>; time: ReturnType<typeof createSimulatedTime>; topic: string }) => Promise<{ received: string[]; gaps: NotificationGap[]; stop(): void }>,
): Promise<StreamTally> {
  const time = createSimulatedTime();
  const genesys = packages.createGenesysCloudMock({ region: 'eu-west-1', clock: time.now });
  const server = setupServer(...genesys.handlers, genesys.notifications.webSocketHandler);
  server.listen({ onUnhandledRequest: 'error' });
  const topic = 'v2.users.soak-user.presence';
  try {
    const client = packages.createGenesysCloudClient({ region: 'eu-west-1', ...packages.genesysCloudSandboxCredentials, clock: time.now });
    const run = await connect({ client, time, topic });
    const published: { id: string; at: number }[] = [];
    const faults: Record<Fault, number> = { 'socket-closing': 0, 'token-expiry': 0, 'silent-drop': 0, eviction: 0, none: 0 };
    let warmHeap = 0;
    const schedule = faultSchedule(plan);
    for (const [cycle, fault] of schedule.entries()) {
      if (cycle === Math.floor(plan.cycles / 5)) warmHeap = heapUsed();
      faults[fault]++;
      if (fault === 'socket-closing') genesys.notifications.scenarios.socketClosing();
      if (fault === 'token-expiry') genesys.expireTokens();
      if (fault === 'silent-drop') genesys.notifications.scenarios.silentDrop();
      if (fault === 'eviction') for (const channel of genesys.notifications.channels()) if (channel.sockets > 0) genesys.notifications.scenarios.evictBy21stChannel(channel.id);
      // a cycle: events one per simulated second, heartbeats every 30 s, 3 simulated minutes in all
      for (let second = 0; second < 180; second++) {
        if (second % 30 === 0) genesys.notifications.heartbeat();
        if (second < plan.eventsPerCycle) {
          const event = genesys.notifications.publish(topic, { source: 'soak', message: `cycle ${cycle} event ${second}` });
          published.push({ id: event.correlationId, at: event.at });
        }
        await time.advance(1_000);
      }
    }
    const heapEnd = heapUsed();
    run.stop();
    const seen = new Map<string, number>();
    for (const id of run.received) seen.set(id, (seen.get(id) ?? 0) + 1);
    const inGap = (at: number) => run.gaps.some((gap) => gap.topics.includes(topic) && at >= gap.from && at <= gap.to);
    const missing = published.filter((p) => !seen.has(p.id));
    return {
      published: published.length,
      received: seen.size,
      lostInGaps: missing.filter((p) => inGap(p.at)).length,
      lostUnflagged: missing.filter((p) => !inGap(p.at)).length,
      duplicates: [...seen.values()].filter((n) => n > 1).length,
      gaps: run.gaps.length,
      faults,
      heapRatio: warmHeap > 0 ? heapEnd / warmHeap : 1,
    };
  } finally {
    server.close();
  }
}

/** @ccaas/genesys-cloud/notification-stream. */
const resilient: Parameters<typeof soakGenesys>[1] = async ({ client, time, topic }) => {
  const received: string[] = [];
  const gaps: NotificationGap[] = [];
  const stream = packages.subscribeNotifications(client, [topic as `v2.users.${string}.presence`], { timers: time, random: () => 0.5 });
  stream.on('notification', (event) => received.push(String(event.metadata?.['CorrelationId'])));
  stream.on('gap', (gap) => gaps.push(gap));
  await time.advance(0);
  await stream.ready;
  return { received, gaps, stop: () => stream.close() };
};

/**
 * What the vendor's JS and Python SDKs leave to you, done the obvious way: one channel, subscribe, connect; reconnect
 * to the same URI when the socket closes. No heartbeat watchdog, no 404 handling, no renewal, no gap reports.
 */
const naive: Parameters<typeof soakGenesys>[1] = async ({ client, time, topic }) => {
  const received: string[] = [];
  const api = client as unknown as {
    POST(path: string, init?: object): Promise<{ data?: { id?: string; connectUri?: string } }>;
    PUT(path: string, init: object): Promise<unknown>;
  };
  const { data } = await api.POST('/api/v2/notifications/channels');
  await api.PUT('/api/v2/notifications/channels/{channelId}/subscriptions', { params: { path: { channelId: data!.id } }, body: [{ id: topic }] });
  let stopped = false;
  let failures = 0;
  let socket: WebSocket;
  const open = () => {
    socket = new WebSocket(data!.connectUri!);
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { topicName?: string; metadata?: { CorrelationId?: string } };
      if (message.topicName === topic && message.metadata?.CorrelationId) received.push(message.metadata.CorrelationId);
    });
    // reconnect a second later (on the soak's clock), giving up after 5 closes in a row without a message
    socket.addEventListener('message', () => (failures = 0));
    socket.addEventListener('close', () => {
      if (!stopped && ++failures <= 5) time.setTimeout(open, 1_000);
    });
  };
  open();
  return {
    received,
    gaps: [],
    stop: () => {
      stopped = true;
      socket.close();
    },
  };
};

interface LoopTally {
  published: number;
  received: number;
  duplicates: number;
  lost: number;
}

/** The CXone agent-event loop (or the naive poller) across token expiries, on one session. */
async function soakCxone(plan: Plan, useLoop: boolean): Promise<LoopTally> {
  const cxone = packages.createCxoneMock({ tokenLifetimeSeconds: 3_600 });
  const server = setupServer(...cxone.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = packages.createCxoneClient({ ...packages.cxoneSandboxCredentials, tenantId: undefined, retry: { baseDelayMs: 1 } });
    const received: string[] = [];
    const abort = new AbortController();
    let sessionId = '';
    let done: Promise<unknown>;
    if (useLoop) {
      const loop = packages.agentEvents(client, { session: { stationId: 'bench-station', stationPhoneNumber: '+15550000000' }, signal: abort.signal, pollTimeoutSeconds: 0 });
      const first = await loop.next();
      sessionId = (first.value as { sessionId: string }).sessionId;
      done = (async () => {
        for await (const item of loop) if (item.type === 'event' && item.event.Seq) received.push(item.event.Seq);
      })().catch(() => undefined);
    } else {
      // naive: one token, fetched once; polls until anything but 200/304 (the first 401 after expiry ends it)
      const token = await client.tokenManager.getToken();
      const base = await client.apiBaseUrl();
      const paths = packages.agentSessionPaths;
      const start = await fetch(`${base}${paths.start}?stationId=bench-station`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      sessionId = ((await start.json()) as { sessionId: string }).sessionId;
      done = (async () => {
        while (!abort.signal.aborted) {
          const response = await fetch(`${base}${paths.nextEvent.replace('{sessionId}', sessionId)}?timeout=0`, { headers: { Authorization: `Bearer ${token}` } });
          if (response.status === 304) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            continue;
          }
          if (response.status !== 200) return;
          for (const event of ((await response.json()) as { events: Record<string, string>[] }).events) if (event.Seq) received.push(event.Seq);
        }
      })().catch(() => undefined);
    }
    const expiries = new Set(Array.from({ length: plan.cxoneTokenExpiries }, (_, i) => Math.floor(((i + 0.5) * plan.cxoneEvents) / plan.cxoneTokenExpiries)));
    for (let seq = 0; seq < plan.cxoneEvents; seq++) {
      if (expiries.has(seq)) cxone.expireTokens();
      cxone.agentSessions.publish({ Type: 'AgentState', Seq: String(seq), CurrentState: seq % 2 ? 'Available' : 'Unavailable' }, sessionId);
      if (seq % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // bounded drain: until the queue is empty or 5 s of real time
    for (let i = 0; i < 500 && (cxone.agentSessions.sessions().find((s) => s.id === sessionId)?.pending ?? 0) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 20));
    abort.abort();
    await done;
    const unique = new Set(received);
    return { published: plan.cxoneEvents, received: unique.size, duplicates: received.length - unique.size, lost: plan.cxoneEvents - unique.size };
  } finally {
    server.close();
  }
}

export const notificationsSuite: BenchSuite = {
  name: 'notifications',
  description: `event streams under faults, beside naive clients as contrast rows: Genesys notifications through ${fullPlan.socketClosings} socket_closings, ${fullPlan.tokenExpiries} token expiries, ${fullPlan.silentDrops} silent drops and ${fullPlan.evictions} eviction (a naive WebSocket client under the same schedule); CXone agent events across ${fullPlan.cxoneTokenExpiries} token expiries (a naive poller)`,
  async run(context) {
    const plan = context.smoke ? smokePlan : fullPlan;
    await ensurePublishedBuild(context);
    packages = await loadPackages();
    // a 401 replay or a failed token request loads auth-core's deferred code: loaded before simulated time runs (its
    // turns of the event loop are too few for a module load, which would then look like a stalled client)
    await packages.loadDeferredModules();
    // Node 20 has no global WebSocket; MSW intercepts sockets by patching the global, so give it a class to patch
    const globals = globalThis as { WebSocket?: unknown };
    globals.WebSocket ??= class NoRealWebSocket {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSING = 2;
      static readonly CLOSED = 3;
    };
    context.log('[notifications] Genesys stream soak (@ccaas)');
    const ours = await soakGenesys(plan, resilient);
    context.log('[notifications] Genesys stream soak (naive WebSocket client)');
    const theirs = await soakGenesys(plan, naive);
    context.log('[notifications] CXone agent-event loop soak');
    const loop = await soakCxone(plan, true);
    const poller = await soakCxone(plan, false);
    const count = (label: string, value: number, unit: 'events' | 'errors', baseline?: string): RowSpec => ({ label, samples: [value], unit, better: 'lower', ...(baseline ? { baseline } : {}) });
    const genesysRows = (name: string, t: StreamTally, base?: string): RowSpec[] => [
      count(`Genesys ${name}: events published`, t.published, 'events'),
      { label: `Genesys ${name}: events received (higher is better)`, samples: [t.received], unit: 'events', better: 'higher', ...(base ? { baseline: `Genesys ${base}: events received (higher is better)` } : {}) },
      count(`Genesys ${name}: lost inside reported gaps`, t.lostInGaps, 'events'),
      count(`Genesys ${name}: lost without a gap report (goal 0)`, t.lostUnflagged, 'errors'),
      count(`Genesys ${name}: delivered twice unflagged (goal 0)`, t.duplicates, 'errors'),
      count(`Genesys ${name}: gaps reported`, t.gaps, 'events'),
      { label: `Genesys ${name}: heap at the end / warm heap`, samples: [t.heapRatio], unit: '×', better: 'lower' },
    ];
    const cxoneRows = (name: string, t: LoopTally): RowSpec[] => [
      count(`CXone ${name}: events published`, t.published, 'events'),
      { label: `CXone ${name}: events received (higher is better)`, samples: [t.received], unit: 'events', better: 'higher' },
      count(`CXone ${name}: lost (goal 0)`, t.lost, 'errors'),
      count(`CXone ${name}: delivered twice (goal 0)`, t.duplicates, 'errors'),
    ];
    const rows = createBenchRows([...genesysRows('@ccaas stream', ours), ...genesysRows('naive client', theirs, '@ccaas stream'), ...cxoneRows('@ccaas agentEvents', loop), ...cxoneRows('naive poller', poller)]);
    const missed = [
      ...(ours.received + ours.lostInGaps !== ours.published ? [`Genesys: received ${ours.received} + in gaps ${ours.lostInGaps} != published ${ours.published}`] : []),
      ...(ours.duplicates > 0 ? [`Genesys: ${ours.duplicates} unflagged duplicates`] : []),
      ...(ours.heapRatio > flatHeapRatio ? [`Genesys: heap grew ${ours.heapRatio.toFixed(3)} x (goal at most ${flatHeapRatio} x)`] : []),
      ...(loop.lost > 0 || loop.duplicates > 0 ? [`CXone: ${loop.lost} lost, ${loop.duplicates} duplicates`] : []),
    ];
    const notes = [
      `Simulated time (one clock for client, token manager and mock), in process: ${plan.cycles} cycles of 3 simulated minutes, ${plan.eventsPerCycle} events per cycle on one topic, heartbeats every 30 s; faults at the start of a cycle: ${ours.faults['socket-closing']} socket_closings (the server closes the old socket 60 s later), ${ours.faults['token-expiry']} token expiries (the channel dies with its token: {"result":"404"}), ${ours.faults['silent-drop']} silent drops (socket open, nothing sent), ${ours.faults.eviction} eviction by a 21st channel. The naive client gets the same schedule: one channel, reconnect to the same URI on close, nothing else.`,
      `CXone: one agent session, ${plan.cxoneEvents} events, ${plan.cxoneTokenExpiries} token expiries (every access token expired server-side), polls with timeout=0 answered at once (304 when empty). The naive poller fetches its token once and stops at the first answer other than 200/304.`,
      `Heap: heapUsed at the end over heapUsed once warm (a fifth of the cycles in), each after a full GC (--expose-gc set at run time); goal at most ${flatHeapRatio} x. The tallies (published and received ids) grow with the run and are counted in.`,
      missed.length === 0 ? 'Goals met: received + lost inside reported gaps = published; no unflagged duplicate; flat heap; CXone loop lost nothing.' : '',
      ...missed.map((line) => `FAILURE: ${line}`),
    ].filter(Boolean);
    return { rows, notes };
  },
};
