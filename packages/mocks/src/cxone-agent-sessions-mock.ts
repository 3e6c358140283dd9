// CXone agent sessions, simulated: `POST /agent-sessions`, the `get-next-event` long poll (200 with events, 304 with
// none) and `DELETE`, behind the CXone mock's auth guard, on the agent family's paths and versions (the same
// `agentSessionPaths` the client's loop calls, so the two cannot drift apart). Events are queued by `publish` and drained by polls, so a
// test or bench can check that every published event was received.
import { agentSessionPaths } from '@ccaas/nice-cxone/agent-events';
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';

export interface AgentSessionsMockOptions {
  /** The tenant's API host root (`apiEndpoint`, no path): the agent family's paths start at it. */
  apiEndpoint: string;
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
  /** `{sessionId}` -> `:sessionId` (MSW's path syntax), on the host root. */
  const url = (path: string) => options.apiEndpoint + path.replace(/\{([^}]+)\}/g, ':$1');
  // ids this simulation never issued are left to the schema answers (`undefined`: MSW's next handler), like every
  // operation it does not model; an id it issued and ended is the platform's 404
  const issued = (id: unknown) => sessions.has(String(id));
  const live = (id: unknown) => {
    const session = sessions.get(String(id));
    return session && !session.ended ? session : undefined;
  };
  const gone = (id: unknown) => options.fail(404, 'SessionNotFound', `Agent session ${String(id)} does not exist or has ended.`);

  const handlers: HttpHandler[] = [
    http.post(url(agentSessionPaths.start), ({ request }) => {
      // the station travels in the query, as the agent family's spec has it (`stationId` required)
      const query = new URL(request.url).searchParams;
      const body = { stationId: query.get('stationId'), stationPhoneNumber: query.get('stationPhoneNumber') };
      // without a station the simulation has nothing to model: the schema answers it (the platform would refuse it)
      if (!body.stationId) return undefined;
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
    http.get(url(agentSessionPaths.nextEvent), ({ request, params }) => {
      if (!issued(params.sessionId)) return undefined;
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
    http.delete(url(agentSessionPaths.end), ({ params }) => {
      if (!issued(params.sessionId)) return undefined;
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
