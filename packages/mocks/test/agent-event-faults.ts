import type { AgentEventStreamItem } from '@ccaas/nice-cxone/agent-events';
import { agentSessionPaths } from '@ccaas/nice-cxone/agent-events';
import type { SetupServer } from 'msw/node';
import type { CxoneMock } from '../src/create-cxone-mock.js';
import type { SimulatedTime } from '../src/notifications-simulated-time.js';

/**
 * The next four polls of the session answer 429 (Retry-After 0) and the four after them fail on the network; one
 * event is published. Pulls items from `loop`, moving simulated time while each pull waits out its backoff, until the
 * event arrives (at most 20 pulls of 20 steps of 10 s). Returns every item pulled.
 */
export async function pollThroughRateLimitsAndNetworkErrors(
  loop: AsyncGenerator<AgentEventStreamItem>,
  fault: { server: SetupServer; cxone: CxoneMock; sessionId: string; time: SimulatedTime },
): Promise<AgentEventStreamItem[]> {
  const { server, cxone, sessionId, time } = fault;
  server.use(
    cxone.scenarios.rateLimited({ times: 4, retryAfterSeconds: 0, path: agentSessionPaths.nextEvent }),
    cxone.scenarios.networkErrors({ times: 4, path: agentSessionPaths.nextEvent }),
  );
  cxone.agentSessions.publish({ Type: 'AgentState', CurrentState: 'Available' }, sessionId);
  const items: AgentEventStreamItem[] = [];
  for (let i = 0; i < 20 && !items.some((item) => item.type === 'event'); i++) {
    const pending = loop.next();
    let settled = false;
    void pending.then(() => (settled = true));
    for (let j = 0; j < 20 && !settled; j++) await time.advance(10_000);
    items.push((await pending).value as AgentEventStreamItem);
  }
  return items;
}
