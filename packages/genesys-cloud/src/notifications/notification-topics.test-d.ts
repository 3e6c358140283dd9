// Topic strings are typed from the vendor's catalogue: a topic gives its payload, an unknown topic does not compile.
import { describe, expectTypeOf, it } from 'vitest';
import type { GenesysCloudClient } from '../create-genesys-cloud-client.js';
import type {
  NotificationTopic,
  NotificationTopicPayload,
  PresenceEventUserPresence,
  QueueConversationEventTopicConversation,
  SystemMessageSystemMessage,
} from '../generated/notification-topics/notification-topics.js';
import type { NotificationStreamEvent } from './notification-events.js';
import { subscribeNotifications } from './subscribe-notifications.js';

declare const client: GenesysCloudClient;
declare const userId: string;

describe('notification topic types', () => {
  it('a topic string gives its payload type', () => {
    expectTypeOf<NotificationTopicPayload<`v2.users.${string}.presence`>>().toEqualTypeOf<PresenceEventUserPresence>();
    expectTypeOf<NotificationTopicPayload<'v2.routing.queues.q-1.conversations'>>().toEqualTypeOf<QueueConversationEventTopicConversation>();
    // `v2.system.socket_closing` also matches `v2.system.{id}.{id}`: both patterns name the same model
    expectTypeOf<NotificationTopicPayload<'v2.system.socket_closing'>>().toEqualTypeOf<SystemMessageSystemMessage>();
  });

  it('a subscribed stream yields events typed by their topic', () => {
    const stream = subscribeNotifications(client, [`v2.users.${userId}.presence`, 'v2.routing.queues.q-1.conversations']);
    stream.on('notification', (event) => {
      if (event.topic === 'v2.routing.queues.q-1.conversations') expectTypeOf(event.eventBody).toEqualTypeOf<QueueConversationEventTopicConversation>();
      else expectTypeOf(event.eventBody).toEqualTypeOf<PresenceEventUserPresence>();
    });
    expectTypeOf(stream).toMatchTypeOf<AsyncIterable<NotificationStreamEvent<`v2.users.${string}.presence` | 'v2.routing.queues.q-1.conversations'>>>();
  });

  it('an unknown topic does not compile', () => {
    // @ts-expect-error not a topic of the catalogue
    subscribeNotifications(client, ['v2.users.u-1.presenze']);
    // @ts-expect-error no catalogue topic starts with v3
    subscribeNotifications(client, ['v3.users.u-1.presence']);
    expectTypeOf<'v2.not.a.topic'>().not.toMatchTypeOf<NotificationTopic>();
  });
});
