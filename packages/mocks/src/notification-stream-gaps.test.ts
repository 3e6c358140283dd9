// Gap windows at their edges: an event the platform dropped lies inside the gap the stream reports, even when the
// message saying so ({"result":"404"}) arrives after it (simulated platform in process, simulated time).
import { describe, expect, it } from 'vitest';
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { subscribeNotifications, type NotificationGap, type NotificationSocketConstructor } from '@ccaas/genesys-cloud/notification-stream';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from './create-genesys-cloud-mock.js';
import { createSimulatedTime, type SimulatedTime } from './notifications-simulated-time.js';
import { useInProcessWebSockets } from '../test/in-process-websockets.js';

const server = useInProcessWebSockets();

type Listener = (event: { data?: unknown }) => void;

/**
 * The (MSW-patched) global WebSocket on a slow network: `{"result":"404"}` and the close after it arrive `delayMs` of
 * simulated time late. Wrapped, not subclassed: MSW's patched constructor returns its own object.
 */
function socketWithLate404(time: SimulatedTime, delayMs: number): NotificationSocketConstructor {
  const Base = globalThis.WebSocket as unknown as new (url: string) => { addEventListener(type: string, listener: Listener): void };
  return function LateSocket(url: string) {
    const socket = new Base(url);
    const add = socket.addEventListener.bind(socket);
    socket.addEventListener = (type, listener) => {
      if (type === 'close') return add('close', () => time.setTimeout(() => listener({}), delayMs + 1));
      if (type !== 'message') return add(type, listener);
      add('message', (event) => {
        if (String(event.data).includes('"result":"404"')) time.setTimeout(() => listener(event), delayMs);
        else listener(event);
      });
    };
    return socket;
  } as unknown as NotificationSocketConstructor;
}

describe('gap windows', () => {
  it('the event whose publication found the channel gone lies inside the reported gap, though the 404 arrived a second later', async () => {
    const time = createSimulatedTime();
    const genesys = createGenesysCloudMock({ region: 'eu-west-1', clock: time.now });
    server.use(...genesys.handlers, genesys.notifications.webSocketHandler);
    const client = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials, clock: time.now });
    const topic = 'v2.users.u-1.presence' as const;
    const stream = subscribeNotifications(client, [topic], { timers: time, random: () => 0.5, WebSocket: socketWithLate404(time, 1_000) });
    const gaps: NotificationGap[] = [];
    stream.on('gap', (gap) => gaps.push(gap));
    const settling = time.advance(0);
    await Promise.race([stream.ready, settling]);
    await stream.ready;
    await settling; // its end sets the clock: let it finish before moving the clock on
    genesys.notifications.publish(topic, { source: 'test' });
    await time.advance(1_000);
    genesys.expireTokens();
    // this publication sweeps: the channel dies with its token, the event goes nowhere, the 404 is on its way
    const dropped = genesys.notifications.publish(topic, { source: 'test' });
    expect(dropped.deliveredTo).toBe(0);
    await time.advance(5_000);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.from).toBeLessThanOrEqual(dropped.at);
    expect(gaps[0]!.to).toBeGreaterThanOrEqual(dropped.at + 1_000);
    stream.close();
  });
});
