// Follows a NICE CXone agent session's events across token expiries (the platform expires every token: the next poll
// answers 401, the client refreshes and replays it) and reports events published = received, with what the client's
// onAttempt saw of the session (started, each token refresh it polled across, how it ended).
//   npx tsx examples/cxone-agent-events.ts   (starts its own sandbox; `npm run demo` runs it too)
import { createCxoneClient, type AttemptEvent, type StreamAttemptEvent } from '@ccaas/nice-cxone';
import { agentEvents } from '@ccaas/nice-cxone/agent-events';
import type { Sandbox } from '@ccaas/mocks/sandbox';
import { cxoneConfigFromEnv, type CxoneExampleConfig } from './cxone-agents.js';
import { countStreamAttempts, createDemoReport, isEntryPoint, runStreamFromCommandLine, waitFor, type DemoReport, type StreamCounts } from './demo-report.js';

/** The sandbox's switches this example uses: events into a session, and the platform expiring every token. */
export interface AgentEventsControl {
  publish(sessionId: string, event: { Type: string } & Record<string, string>): void;
  expireTokens(): Promise<void>;
  /** The platform ends the session: its next poll gets `AgentSessionEnd`. */
  endSession(sessionId: string): void;
}

export async function runCxoneAgentEventsExample(
  config: CxoneExampleConfig,
  control: AgentEventsControl,
  report: DemoReport = createDemoReport('[cxone-stream]'),
  faults: { tokenExpiries?: number; eventsPerRound?: number } = {},
): Promise<StreamCounts> {
  const { tokenExpiries = 3, eventsPerRound = 5 } = faults;
  const attempts: StreamAttemptEvent[] = [];
  const onAttempt = (event: AttemptEvent) => {
    if (event.kind !== 'stream') return;
    attempts.push(event);
    report.log(`onAttempt: ${event.phase}${event.cause ? ` (${event.cause})` : ''} session ${event.channelId ?? '-'}`);
  };
  const client = createCxoneClient({ ...config, onAttempt });
  const abort = new AbortController();
  const loop = agentEvents(client, { session: { stationId: 'station-1' }, signal: abort.signal, pollTimeoutSeconds: 20 });
  const received = new Set<string>();
  let deliveredTwice = 0;
  let sessionId: string | undefined;
  // the consumer: reads until the platform ends the session (or the loop fails)
  const consuming = (async () => {
    for await (const item of loop) {
      sessionId ??= item.sessionId;
      if (item.type === 'retrying') report.log(`retrying (${item.cause}) in ${item.delayMs} ms`);
      if (item.type !== 'event' || item.event.Type !== 'AgentState') continue;
      const seq = item.event['Seq'] ?? '';
      if (received.has(seq)) deliveredTwice++;
      received.add(seq);
    }
  })();
  consuming.catch(() => undefined); // its failure is reported below, once the example is done
  try {
    await waitFor(() => sessionId !== undefined, 5_000);
    if (sessionId === undefined) throw new Error('the agent session did not start');
    let published = 0;
    const publishRound = async () => {
      for (let i = 0; i < eventsPerRound; i++) control.publish(sessionId!, { Type: 'AgentState', CurrentState: i % 2 ? 'Available' : 'Unavailable', Seq: String(++published) });
      await waitFor(() => received.size >= published, 3_000);
    };
    await publishRound();
    for (let i = 0; i < tokenExpiries; i++) {
      await control.expireTokens();
      await publishRound();
    }
    control.endSession(sessionId);
    await consuming;
    const renewed = attempts.filter((a) => a.phase === 'renewed' && a.cause === 'token_refreshed').length;
    if (renewed < tokenExpiries) report.failures.push(`onAttempt saw ${renewed} token refreshes mid-session, expected ${tokenExpiries}`);
    if (!attempts.some((a) => a.phase === 'session_ended' && a.cause === 'platform_ended')) report.failures.push('onAttempt did not see the session end (platform_ended)');
    return {
      faults: `${tokenExpiries} token expiries`,
      published,
      received: received.size,
      // the loop has no gaps: a poll that fails is retried, and the platform keeps the session's queue meanwhile
      inReportedGaps: 0,
      lostUnflagged: published - received.size,
      deliveredTwice,
      attempts: countStreamAttempts(attempts),
    };
  } finally {
    abort.abort();
    await consuming.catch((error: unknown) => report.failures.push(`the agent-event loop failed: ${error instanceof Error ? error.name : String(error)}`));
  }
}

/** The sandbox's switches: events go in through the in-process simulation (its control API has no agent-session route). */
export function agentEventsControlOf(sandbox: Sandbox): AgentEventsControl {
  return {
    publish: (sessionId, event) => sandbox.cxone.agentSessions.publish(event, sessionId),
    expireTokens: async () => {
      const response = await fetch(`${sandbox.url}/__sandbox/nice-cxone/expire-tokens`, { method: 'POST' });
      if (!response.ok) throw new Error(`sandbox control expire-tokens answered ${response.status}`);
    },
    endSession: (sessionId) => sandbox.cxone.agentSessions.endSession(sessionId),
  };
}

if (isEntryPoint(import.meta.url)) {
  await runStreamFromCommandLine('[cxone-stream]', (sandbox, report) => runCxoneAgentEventsExample(cxoneConfigFromEnv(sandbox.env), agentEventsControlOf(sandbox), report));
}
