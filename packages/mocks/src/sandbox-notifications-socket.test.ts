// The loopback sandbox's notification sockets, over TCP, with a real WebSocket client: undici's (the WHATWG
// implementation Node 22+ ships as its global WebSocket; Node 20 has no global one, so the stream takes it by option).
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import {
  subscribeNotifications,
  type NotificationSocketConstructor,
  type NotificationStreamEvent,
  type NotificationTopic,
} from '@ccaas/genesys-cloud/notification-stream';
import { WebSocket } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

const control = async (action: string, body: unknown) => {
  const response = await fetch(`${sandbox.url}/__sandbox/genesys-cloud/notifications/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok, `${action} answered ${response.status}`).toBe(true);
  return response.status === 204 ? undefined : ((await response.json()) as { correlationId: string });
};

describe('Genesys notifications over the loopback sandbox', () => {
  it('subscribes a topic, receives what the control route publishes, follows a socket_closing to a new socket and receives the next one', { timeout: 60_000 }, async () => {
    const client = createGenesysCloudClient({
      clientId: sandbox.env.GENESYS_CLIENT_ID ?? '',
      clientSecret: sandbox.env.GENESYS_CLIENT_SECRET,
      apiBaseUrl: sandbox.env.GENESYS_API_BASE_URL,
      loginBaseUrl: sandbox.env.GENESYS_LOGIN_BASE_URL,
    });
    const topic: NotificationTopic = 'v2.users.sandbox-user.presence';
    const stream = subscribeNotifications(client, [topic], { WebSocket: WebSocket as unknown as NotificationSocketConstructor });
    const iterator = stream[Symbol.asyncIterator]();
    const seen: NotificationStreamEvent[] = [];
    /** Reads until `match` (every event read is kept); bounded in count, the socket's events are few. */
    const until = async (match: (event: NotificationStreamEvent) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const { value, done } = await iterator.next();
        if (done) throw new Error('the stream ended');
        seen.push(value);
        if (match(value)) return value;
      }
      throw new Error(`no matching event in 100: ${JSON.stringify(seen.map((e) => e.type))}`);
    };
    const correlationOf = (event: NotificationStreamEvent) => (event.type === 'notification' ? event.metadata?.['CorrelationId'] : undefined);
    try {
      await stream.ready;
      const first = await control('publish', { topic, eventBody: { presenceDefinition: { systemPresence: 'Available' } } });
      const received = await until((event) => correlationOf(event) === first!.correlationId);
      expect(received).toMatchObject({ type: 'notification', topic, eventBody: { presenceDefinition: { systemPresence: 'Available' } } });

      await control('socket-closing', {});
      await until((event) => event.type === 'lifecycle' && event.event === 'socket-replaced' && event.cause === 'socket-closing');
      const second = await control('publish', { topic, eventBody: { presenceDefinition: { systemPresence: 'Busy' } } });
      await until((event) => correlationOf(event) === second!.correlationId);
      // make-before-break: the new socket was subscribed before the old closed, so no window was lost
      expect(seen.filter((event) => event.type === 'gap')).toEqual([]);
    } finally {
      stream.close();
    }
  });
});
