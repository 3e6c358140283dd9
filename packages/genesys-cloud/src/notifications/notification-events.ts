// The events a notification stream yields and the small platform seams it runs on (socket, timers), as types.
import type { NotificationTopic, NotificationTopicPayload } from '../generated/notification-topics/notification-topics.js';

export type { NotificationTopic, NotificationTopicPayload, NotificationTopicPatterns } from '../generated/notification-topics/notification-topics.js';

/** One notification of a subscribed topic: `eventBody` typed by the vendor's model for the topic's pattern. */
export type NotificationEvent<Topic extends string = NotificationTopic> = {
  [T in Topic]: {
    type: 'notification';
    /** The topic string as the platform sent it (one of those subscribed). */
    topic: T;
    eventBody: NotificationTopicPayload<T>;
    /** `metadata` of the message (`CorrelationId`, ...), when the platform sent one. */
    metadata?: Record<string, unknown>;
    /** The channel it arrived on. */
    channelId: string;
    /** Epoch ms (the stream's clock) when it arrived. */
    receivedAt: number;
  };
}[Topic];

/** Why the stream lost or replaced a socket or channel. */
export type NotificationReconnectCause =
  | 'socket-closing'
  | 'socket-closed'
  | 'heartbeat-timeout'
  | 'channel-gone'
  | 'channel-expired'
  | 'token-refreshed'
  | 'connect-failed';

/**
 * A window in which notifications of `topics` may have been lost (the socket was down, silent, or its channel gone):
 * from the last message the old socket delivered to the moment the new one was connected and subscribed. Backfill it
 * from the REST API (conversations, analytics) if the events matter. Every outage is reported; none is silent.
 */
export interface NotificationGap {
  type: 'gap';
  /** Epoch ms: the last moment the stream knew the old socket was delivering. */
  from: number;
  /** Epoch ms: the moment the replacement was connected and subscribed. */
  to: number;
  topics: string[];
  /** Why: a reconnect's cause, or `buffer-overflow` (an iterator read slower than events came and dropped the oldest; `maxBufferedEvents`). */
  cause: NotificationReconnectCause | 'buffer-overflow';
  /** The channel, when the window concerns one. */
  channelId: string | undefined;
}

/** What happened to a channel or socket (also given to the `onLifecycle` option, for logs and metrics). */
export type NotificationLifecycleEvent = {
  type: 'lifecycle';
  at: number;
  channelId: string | undefined;
  topicCount: number;
} & (
  | { event: 'channel-created'; expiresAt: number }
  | { event: 'subscribed' }
  | { event: 'connected' }
  | { event: 'channel-renewed'; expiresAt: number }
  /** `{"result":"404"}` or a 404 on subscribe: `evicted` when the channel had not reached its expiry (another channel of the same user/app beyond the 20-channel limit, or its token expired). */
  | { event: 'channel-lost'; reason: 'evicted-or-token-expired' | 'expired' }
  | { event: 'reconnecting'; cause: NotificationReconnectCause; attempt: number; delayMs: number; error?: unknown }
  | { event: 'socket-replaced'; cause: NotificationReconnectCause }
  | { event: 'closed' }
);

/** Everything the stream yields, in arrival order. */
export type NotificationStreamEvent<Topic extends string = NotificationTopic> = NotificationEvent<Topic> | NotificationGap | NotificationLifecycleEvent;

/** The part of the WHATWG WebSocket the stream uses (the global one, or `ws`'s WebSocket on Node 20). */
export interface NotificationSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: (event: { data?: unknown }) => void): void;
}

/** A WebSocket class: `globalThis.WebSocket` (browsers, Node 22+) or `WebSocket` from the `ws` package. */
export type NotificationSocketConstructor = new (url: string) => NotificationSocket;

/** Time as the stream sees it: injectable so tests and benches run on a simulated clock. */
export interface NotificationTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: NotificationTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // a stream's watchdog alone must not keep a process alive once the consumer is gone
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
