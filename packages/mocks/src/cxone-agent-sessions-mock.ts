// CXone agent sessions, simulated: `POST /agent-sessions`, the `get-next-event` long poll (200 with events, 304 with
// none) and `DELETE`, behind the CXone mock's auth guard. Events are queued by `publish` and drained by polls, so a
// test or bench can check that every published event was received.
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';

export interface AgentSessionsMockOptions {
  /** The tenant's API base, services prefix included (`<apiEndpoint>/inContactAPI/services/v34.0`). */
  apiBaseUrl: string;
  clock: () => number;
  ok: (body: JsonBodyType, status?: number) => Response;
  fail: (status: number, error: string, description: string) => Response;
  notModified: () => Response;
}

interface SessionState {
  id: string;
  queue: Record<string, string>[];
  ended: boolean;
  published: number;
  delivered: number;
  polls: number;
}

/** Events per poll at most (the rest wait for the next poll). */
const maxEventsPerPoll = 50;

export function createAgentSessionsMock(options: AgentSessionsMockOptions) {
  const sessions = new Map<string, SessionState>();
  const base = `${options.apiBaseUrl}/agent-sessions`;
  const live = (id: unknown) => {
    const session = sessions.get(String(id));
    return session && !session.ended ? session : undefined;
  };
  const gone = (id: unknown) => options.fail(404, 'SessionNotFound', `Agent session ${String(id)} does not exist or has ended.`);

  const handlers: HttpHandler[] = [
    http.post(base, async ({ request }) => {
      const body = (await request.json().catch(() => undefined)) as { stationId?: unknown; stationPhoneNumber?: unknown } | undefined;
      if (!body || (typeof body.stationId !== 'string' && typeof body.stationPhoneNumber !== 'string')) {
        return options.fail(400, 'InvalidStation', 'Send stationId or stationPhoneNumber to start an agent session.');
      }
      const id = crypto.randomUUID();
      sessions.set(id, {
        id,
        queue: [{ Type: 'AgentSessionStart', SessionId: id, StationId: String(body.stationId ?? ''), StationPhoneNumber: String(body.stationPhoneNumber ?? ''), IISHost: 'mock', VCHost: 'mock' }],
        ended: false,
        published: 1,
        delivered: 0,
        polls: 0,
      });
      return options.ok({ sessionId: id }, 202);
    }),
    http.get(`${base}/:sessionId/get-next-event`, ({ request, params }) => {
      const session = live(params.sessionId);
      if (!session) return gone(params.sessionId);
      const timeout = Number(new URL(request.url).searchParams.get('timeout') ?? '0');
      if (!Number.isInteger(timeout) || timeout < 0 || timeout > 60) return options.fail(400, 'InvalidTimeout', 'timeout must be 0-60 seconds.');
      session.polls++;
      // a simulation answers at once: 304 stands for a poll whose time ran out without an event
      if (session.queue.length === 0) return options.notModified();
      const events = session.queue.splice(0, maxEventsPerPoll);
      session.delivered += events.length;
      if (events.some((e) => e.Type === 'AgentSessionEnd')) session.ended = true;
      return options.ok({ sessionId: session.id, events });
    }),
    http.delete(`${base}/:sessionId`, ({ params }) => {
      const session = live(params.sessionId);
      if (!session) return gone(params.sessionId);
      session.ended = true;
      return new HttpResponse(null, { status: 202 });
    }),
  ];

  return {
    handlers,
    /** Queues an event for a session (default: every live session); returns how many sessions it was queued for. */
    publish(event: { Type: string } & Record<string, string>, sessionId?: string): number {
      let count = 0;
      for (const session of sessions.values()) {
        if (session.ended || (sessionId !== undefined && session.id !== sessionId)) continue;
        session.queue.push({ ...event, EventTime: new Date(options.clock()).toISOString() });
        session.published++;
        count++;
      }
      return count;
    },
    /** The platform ends a session: its next poll gets `AgentSessionEnd`. */
    endSession(sessionId: string) {
      const session = live(sessionId);
      if (!session) throw new Error(`[@ccaas/mocks] no live agent session ${sessionId}`);
      session.queue.push({ Type: 'AgentSessionEnd', SessionId: sessionId });
      session.published++;
    },
    /** Every session with its counts: published (queued), delivered (answered in a poll), polls, ended. */
    sessions: () => [...sessions.values()].map(({ queue: _queue, ...rest }) => ({ ...rest, pending: _queue.length })),
  };
}

export type AgentSessionsMock = ReturnType<typeof createAgentSessionsMock>;
