// Bad input fails at the call, with a typed error that says what to do (the protocol itself: packages/mocks).
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@ccaas/auth-core';
import { createGenesysCloudClient } from '../create-genesys-cloud-client.js';
import type { NotificationSocketConstructor, NotificationTopic } from './notification-events.js';
import { subscribeNotifications } from './subscribe-notifications.js';

const client = createGenesysCloudClient({ region: 'eu-west-1', clientId: 'id', clientSecret: 'secret' });
const NeverOpened = class {
  constructor() {
    throw new Error('no socket in these tests');
  }
} as unknown as NotificationSocketConstructor;

describe('subscribeNotifications input', () => {
  it('no global WebSocket (Node 20) and none passed: a ConfigurationError naming the `WebSocket` option', () => {
    const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
    delete (globalThis as { WebSocket?: unknown }).WebSocket;
    try {
      const error = (() => {
        try {
          subscribeNotifications(client, ['v2.users.u-1.presence']);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ option: 'WebSocket', message: expect.stringContaining("from 'ws'") });
    } finally {
      if (saved !== undefined) (globalThis as { WebSocket?: unknown }).WebSocket = saved;
    }
  });

  it('an empty topic list, or a string that is not a topic, is refused before anything is sent', () => {
    expect(() => subscribeNotifications(client, [], { WebSocket: NeverOpened })).toThrow(/non-empty array/);
    expect(() => subscribeNotifications(client, ['users.presence' as NotificationTopic], { WebSocket: NeverOpened })).toThrow(/start with "v2."/);
  });

  it('more topics than 19 channels hold (one channel stays free for replacements) is refused: the platform would evict a channel of ours', () => {
    const topics = Array.from({ length: 19_001 }, (_, i) => `v2.users.u-${i}.presence` as const);
    expect(() => subscribeNotifications(client, topics, { WebSocket: NeverOpened })).toThrow(/more than maxChannels \(20\)/);
  });

  it('a non-positive timing option is refused with its name', () => {
    expect(() => subscribeNotifications(client, ['v2.users.u-1.presence'], { WebSocket: NeverOpened, heartbeatTimeoutMs: 0 })).toThrow(/heartbeatTimeoutMs must be a positive number/);
  });
});
