/**
 * Genesys Cloud notifications over WebSocket, kept alive across sockets, channels and tokens: `subscribeNotifications`
 * with topics typed from the vendor's catalogue. Its own entry point, so a REST-only consumer ships none of it.
 *
 * @packageDocumentation
 * @module @ccaas/genesys-cloud/notification-stream
 */
export { subscribeNotifications } from './notifications/subscribe-notifications.js';
export type { NotificationStream, NotificationStreamOptions } from './notifications/subscribe-notifications.js';
export { NotificationSubscriptionError } from './notifications/channel-connection.js';
export type {
  NotificationEvent,
  NotificationGap,
  NotificationLifecycleEvent,
  NotificationReconnectCause,
  NotificationSocket,
  NotificationSocketConstructor,
  NotificationStreamEvent,
  NotificationTimers,
  NotificationTopic,
  NotificationTopicPatterns,
  NotificationTopicPayload,
} from './notifications/notification-events.js';
