// subscribeNotifications: topics in, typed events out (async iterator and callbacks), across sockets, channels and tokens.
import { ConfigurationError } from '@ccaas/auth-core/platform';
import type { GenesysCloudClient } from '../create-genesys-cloud-client.js';
import type { paths } from '../generated/notifications.js';
import { ChannelConnection, type ChannelSettings } from './channel-connection.js';
import { notificationAttemptReporter } from './notification-attempts.js';
import {
  systemTimers,
  type NotificationGap,
  type NotificationLifecycleEvent,
  type NotificationEvent,
  type NotificationSocketConstructor,
  type NotificationStreamEvent,
  type NotificationTimers,
  type NotificationTopic,
} from './notification-events.js';

export interface NotificationStreamOptions {
  /**
   * The WebSocket class; default `globalThis.WebSocket` (browsers, Node 22+). Node 20 has none: pass `WebSocket` from
   * the `ws` package (not a dependency of this package, so browser and Node 22+ bundles carry no second implementation).
   */
  WebSocket?: NotificationSocketConstructor;
  /** Aborting closes the stream: sockets closed, iterators end. */
  signal?: AbortSignal;
  /** No message (heartbeat about every 30 s, pong, event) for this long: the socket is dead, reconnect; default 75 000. */
  heartbeatTimeoutMs?: number;
  /** Quiet this long: send `{"message":"ping"}` (answered with a pong); default 35 000. */
  pingIntervalMs?: number;
  /** Resubscribe this long before a channel's 24 h expiry (which extends it); default 3 600 000 (1 h). */
  renewBeforeExpiryMs?: number;
  /** Reconnect backoff: first retry at once, then doubling from `initialDelayMs` to `maxDelayMs` with jitter; default 1 000 / 30 000. */
  reconnect?: { initialDelayMs?: number; maxDelayMs?: number };
  /** A socket that has not opened after this long counts as failed; default 30 000. */
  connectTimeoutMs?: number;
  /** Topics per channel (the platform allows 1,000); more topics are spread over several channels. Default 1 000. */
  maxTopicsPerChannel?: number;
  /** Channels this stream may hold at once, counting one extra while it replaces a channel (the platform allows 20 per user and app). Default 20. */
  maxChannels?: number;
  /** Move each channel to a new one when the client's token is refreshed, before the old token's channel dies (no gap); default true. */
  followTokenRefresh?: boolean;
  /** Sees every channel and socket event (created, connected, renewed, lost, reconnecting with its cause): logs and metrics. */
  onLifecycle?: (event: NotificationLifecycleEvent) => void;
  /** Random source in [0, 1) for jitter; default `Math.random`. */
  random?: () => number;
  /** Clock and timers; default the system's. Tests and benches pass a simulated clock. */
  timers?: NotificationTimers;
  /**
   * Events an iterator holds for a consumer that reads slower than they arrive; default 10 000. Beyond it the oldest
   * are dropped and the iterator yields a `gap` (cause `buffer-overflow`) over the dropped notifications' window.
   */
  maxBufferedEvents?: number;
}

type Listener<E> = (event: E) => void;

/** A running subscription: iterate it, or register callbacks; `close()` (or the signal) ends it. */
export interface NotificationStream<Topic extends string = NotificationTopic> extends AsyncIterable<NotificationStreamEvent<Topic>> {
  /** Resolves when every channel is subscribed and connected; rejects with a NotificationSubscriptionError (bad topic, missing permission). */
  readonly ready: Promise<void>;
  on(type: 'notification', listener: Listener<NotificationEvent<Topic>>): () => void;
  on(type: 'gap', listener: Listener<NotificationGap>): () => void;
  on(type: 'lifecycle', listener: Listener<NotificationLifecycleEvent>): () => void;
  /** The channel each shard of topics uses now. */
  channels(): { channelId: string | undefined; topics: readonly string[] }[];
  close(): void;
}

const defaults = {
  heartbeatTimeoutMs: 75_000,
  pingIntervalMs: 35_000,
  renewBeforeExpiryMs: 3_600_000,
  connectTimeoutMs: 30_000,
  reconnect: { initialDelayMs: 1_000, maxDelayMs: 30_000 },
  maxTopicsPerChannel: 1_000,
  maxChannels: 20,
  maxBufferedEvents: 10_000,
  socketClosingGraceMs: 5_000,
  recentCorrelationIds: 5_000,
};

function invalid(message: string, option: string) {
  return new ConfigurationError(message, { code: 'invalid_option', option, packageName: '@ccaas/genesys-cloud' });
}

function resolveSettings(options: NotificationStreamOptions): ChannelSettings {
  const positive = (value: number | undefined, name: string, fallback: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw invalid(`${name} must be a positive number of milliseconds, got ${String(value)}`, name);
    return value;
  };
  return {
    heartbeatTimeoutMs: positive(options.heartbeatTimeoutMs, 'heartbeatTimeoutMs', defaults.heartbeatTimeoutMs),
    pingIntervalMs: positive(options.pingIntervalMs, 'pingIntervalMs', defaults.pingIntervalMs),
    renewBeforeExpiryMs: positive(options.renewBeforeExpiryMs, 'renewBeforeExpiryMs', defaults.renewBeforeExpiryMs),
    connectTimeoutMs: positive(options.connectTimeoutMs, 'connectTimeoutMs', defaults.connectTimeoutMs),
    reconnect: {
      initialDelayMs: positive(options.reconnect?.initialDelayMs, 'reconnect.initialDelayMs', defaults.reconnect.initialDelayMs),
      maxDelayMs: positive(options.reconnect?.maxDelayMs, 'reconnect.maxDelayMs', defaults.reconnect.maxDelayMs),
    },
    socketClosingGraceMs: defaults.socketClosingGraceMs,
  };
}

/** Topics in shards of at most `size`, duplicates removed; refuses an empty list or more channels than allowed. */
function shardTopics(topics: readonly string[], size: number, maxChannels: number): string[][] {
  if (!Array.isArray(topics) || topics.length === 0) throw invalid('topics must be a non-empty array of topic strings such as `v2.users.<userId>.presence`', 'topics');
  const unique = [...new Set(topics)];
  for (const topic of unique) if (typeof topic !== 'string' || !topic.startsWith('v2.')) throw invalid(`${JSON.stringify(topic)} is not a notification topic (they start with "v2.")`, 'topics');
  const shards: string[][] = [];
  for (let i = 0; i < unique.length; i += size) shards.push(unique.slice(i, i + size));
  // one more channel than the shards while a channel is replaced (token refresh): beyond the budget the platform would evict one of ours
  if (shards.length + 1 > maxChannels) {
    throw invalid(`${unique.length} topics need ${shards.length} channels (+1 while one is replaced), more than maxChannels (${maxChannels}); the platform evicts the least recently used channel beyond 20 per user and app`, 'topics');
  }
  return shards;
}

/**
 * Subscribes `client` to notification `topics` (typed: a topic of the vendor's catalogue, each `{id}` filled in) and
 * keeps the subscription alive: heartbeat watchdog, `socket_closing`, 24 h renewal, `{"result":"404"}`, token refresh,
 * reconnects with backoff; more than 1,000 topics are spread over channels. A window that may have lost events is a
 * `gap` event, never silent.
 *
 * @example
 * const stream = subscribeNotifications(genesys, [`v2.users.${userId}.presence`], { WebSocket });
 * for await (const event of stream) if (event.type === 'notification') console.log(event.eventBody.presenceDefinition?.systemPresence);
 */
export function subscribeNotifications<const Topic extends NotificationTopic>(
  client: GenesysCloudClient,
  topics: readonly Topic[],
  options: NotificationStreamOptions = {},
): NotificationStream<Topic> {
  const WebSocketClass = options.WebSocket ?? (globalThis as { WebSocket?: NotificationSocketConstructor }).WebSocket;
  if (typeof WebSocketClass !== 'function') {
    throw invalid("this runtime has no global WebSocket (Node 20): pass one, e.g. `import { WebSocket } from 'ws'` and `subscribeNotifications(client, topics, { WebSocket })`", 'WebSocket');
  }
  const settings = resolveSettings(options);
  const shards = shardTopics(topics, options.maxTopicsPerChannel ?? defaults.maxTopicsPerChannel, options.maxChannels ?? defaults.maxChannels);
  const timers = options.timers ?? systemTimers;
  const maxBuffered = options.maxBufferedEvents ?? defaults.maxBufferedEvents;
  if (!Number.isInteger(maxBuffered) || maxBuffered < 1) throw invalid(`maxBufferedEvents must be a positive integer, got ${String(maxBuffered)}`, 'maxBufferedEvents');
  const controller = new AbortController();
  const listeners = { notification: new Set<Listener<never>>(), gap: new Set<Listener<never>>(), lifecycle: new Set<Listener<never>>() };
  const iterators = new Set<IteratorSink<Topic>>();
  // Events that arrive before anyone reads them (between `ready` and the first `for await`) are held for the first
  // iterator, bounded like an iterator's buffer, so an event is never lost only because nobody was reading yet.
  // Held only while the stream has neither an iterator nor a notification listener.
  let unread: BoundedQueue<Topic> | undefined = createBoundedQueue<Topic>(maxBuffered);
  const recent = new Set<string>();
  let tokenGeneration = 0;
  let fatal: unknown;
  // the client's onAttempt/tracer see the channel lifecycle, reconnects with their causes, and gaps
  const reportAttempt = notificationAttemptReporter(client, () => fatal as { error: unknown } | undefined);

  const emit = (event: NotificationStreamEvent<string>) => {
    if (controller.signal.aborted && event.type !== 'lifecycle') return;
    if (event.type === 'lifecycle') {
      try {
        options.onLifecycle?.(event);
      } catch {
        // an observer's failure never breaks the stream
      }
    }
    reportAttempt?.(event);
    for (const listener of listeners[event.type]) listener(event as never);
    for (const iterator of iterators) iterator.push(event as NotificationStreamEvent<Topic>);
    if (unread !== undefined && event.type !== 'lifecycle' && iterators.size === 0 && listeners.notification.size === 0) {
      unread.push(event as NotificationStreamEvent<Topic>);
    }
  };
  const isDuplicate = (id: unknown) => {
    if (typeof id !== 'string') return false;
    if (recent.has(id)) return true;
    recent.add(id);
    // a Set iterates in insertion order: dropping the first keeps the most recent ids, bounded
    if (recent.size > defaults.recentCorrelationIds) recent.delete(recent.values().next().value as string);
    return false;
  };
  const context = {
    api: client.withPaths<paths>(),
    WebSocket: WebSocketClass,
    timers,
    settings,
    random: options.random ?? Math.random,
    emit,
    isDuplicate,
    signal: controller.signal,
    tokenGeneration: () => tokenGeneration,
  };
  const connections = shards.map((shard) => new ChannelConnection(shard, context));

  let unsubscribeToken: (() => void) | undefined;
  const close = (failure?: unknown) => {
    if (controller.signal.aborted) return;
    fatal = failure;
    controller.abort();
    unsubscribeToken?.();
    options.signal?.removeEventListener('abort', closeOnAbort);
    for (const connection of connections) connection.stop();
    emit({ type: 'lifecycle', event: 'closed', at: timers.now(), channelId: undefined, topicCount: topics.length });
    for (const iterator of iterators) iterator.end(failure);
  };
  const closeOnAbort = () => close();
  if (options.signal?.aborted) queueMicrotask(closeOnAbort);
  options.signal?.addEventListener('abort', closeOnAbort, { once: true });
  if (options.followTokenRefresh ?? true) {
    const stopWatch = watchTokenExpiry(client, timers, settings.renewBeforeExpiryMs, controller.signal);
    // the event fires before the manager adopts the new token: the new channels are made a moment later, under it
    const stopListening = client.tokenManager.on('tokenRefreshed', () => {
      tokenGeneration++;
      timers.setTimeout(() => {
        for (const connection of connections) void connection.replaceSocket('token-refreshed');
      }, 0);
    });
    unsubscribeToken = () => {
      stopWatch();
      stopListening();
    };
  }

  const ready = Promise.all(connections.map((connection) => connection.start())).then(
    () => undefined,
    (error: unknown) => {
      close({ error });
      throw error;
    },
  );
  ready.catch(() => undefined); // iterators and callers of `ready` see it; no unhandled rejection otherwise

  return {
    ready,
    on(type: 'notification' | 'gap' | 'lifecycle', listener: Listener<never>) {
      listeners[type].add(listener);
      return () => listeners[type].delete(listener);
    },
    channels: () => connections.map((connection) => ({ channelId: connection.channelId, topics: connection.topics })),
    close: closeOnAbort,
    [Symbol.asyncIterator]: () => {
      const held = unread;
      unread = undefined;
      return createIterator<Topic>(iterators, controller.signal, closeOnAbort, () => fatal, maxBuffered, held);
    },
  } as NotificationStream<Topic>;
}

/**
 * A channel dies with the token that created it. With no REST traffic the client would not refresh its token before
 * then, so the stream refreshes it `leadMs` before expiry; the `tokenRefreshed` listener then moves each channel to
 * the new token (make-before-break). Returns the stop function.
 */
function watchTokenExpiry(client: GenesysCloudClient, timers: NotificationTimers, leadMs: number, signal: AbortSignal): () => void {
  let handle: unknown;
  const schedule = async () => {
    try {
      const { expiresAt } = await client.tokenManager.getTokenSet({ signal });
      if (signal.aborted) return;
      handle = timers.setTimeout(() => void refresh(), Math.max(0, expiresAt - leadMs - timers.now()));
    } catch {
      // no token now (network down): the socket's own recovery obtains one; look again after a while
      if (!signal.aborted) handle = timers.setTimeout(() => void schedule(), leadMs);
    }
  };
  const refresh = async () => {
    try {
      await client.tokenManager.refresh({ signal });
    } catch {
      // the channel's 404 path still recovers (and reports the gap) if the token cannot be refreshed in time
    }
    if (!signal.aborted) await schedule();
  };
  void schedule();
  return () => timers.clearTimeout(handle);
}

interface IteratorSink<Topic extends string> {
  push(event: NotificationStreamEvent<Topic>): void;
  /** The stream ended: done, or (`{ error }`) failed to start. */
  end(failure?: unknown): void;
}

/** An iterator over the events from now on (the first also gets those held before it); its `return()` (a `break` out of `for await`) closes the stream. */
function createIterator<Topic extends string>(
  iterators: Set<IteratorSink<Topic>>,
  signal: AbortSignal,
  close: () => void,
  fatal: () => unknown,
  maxBuffered: number,
  held?: BoundedQueue<Topic>,
): AsyncIterator<NotificationStreamEvent<Topic>> {
  const queue = held ?? createBoundedQueue<Topic>(maxBuffered);
  let ended: { failure?: unknown } | undefined = signal.aborted ? { failure: fatal() } : undefined;
  let waiting: { resolve: (result: IteratorResult<NotificationStreamEvent<Topic>>) => void; reject: (error: unknown) => void } | undefined;
  const finish = () => {
    const failure = ended?.failure as { error: unknown } | undefined;
    if (failure) {
      ended = {}; // the error once, then done
      return Promise.reject(failure.error);
    }
    return Promise.resolve({ done: true as const, value: undefined });
  };
  const sink: IteratorSink<Topic> = {
    push(event) {
      if (waiting) {
        const { resolve } = waiting;
        waiting = undefined;
        resolve({ done: false, value: event });
      } else queue.push(event);
    },
    end(failure) {
      ended = { failure };
      iterators.delete(sink);
      if (waiting) {
        const pending = waiting;
        waiting = undefined;
        finish().then(pending.resolve, pending.reject);
      }
    },
  };
  if (!ended) iterators.add(sink);
  return {
    next() {
      const event = queue.shift();
      if (event !== undefined) return Promise.resolve({ done: false, value: event });
      if (ended) return finish();
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    async return() {
      iterators.delete(sink);
      close();
      return { done: true, value: undefined };
    },
  };
}

/**
 * An iterator's buffer, at most `max` events: past it the oldest go, folded into one `gap` (cause `buffer-overflow`,
 * from the first dropped notification to the last, their topics) that the consumer reads next, so a slow reader
 * learns what to backfill instead of losing events silently or growing the heap without bound. A dropped gap widens
 * it; a dropped lifecycle event carries no data (`onLifecycle` and `lifecycle` listeners saw it) and is only counted.
 */
type BoundedQueue<Topic extends string> = ReturnType<typeof createBoundedQueue<Topic>>;

function createBoundedQueue<Topic extends string>(max: number) {
  type E = NotificationStreamEvent<Topic>;
  let items: (E | undefined)[] = [];
  let head = 0;
  let overflow: { from: number; to: number; topics: Set<string>; channelId: string | undefined } | undefined;
  const fold = (dropped: E) => {
    if (dropped.type === 'lifecycle') return;
    const [from, to] = dropped.type === 'gap' ? [dropped.from, dropped.to] : [dropped.receivedAt, dropped.receivedAt];
    const topics = dropped.type === 'gap' ? dropped.topics : [dropped.topic];
    if (overflow === undefined) {
      overflow = { from, to, topics: new Set(topics), channelId: dropped.channelId };
      return;
    }
    overflow.from = Math.min(overflow.from, from);
    overflow.to = Math.max(overflow.to, to);
    for (const topic of topics) overflow.topics.add(topic);
    if (overflow.channelId !== dropped.channelId) overflow.channelId = undefined; // several channels: none names the window
  };
  return {
    push(event: E) {
      items.push(event);
      if (items.length - head <= max) return;
      const dropped = items[head] as E;
      items[head++] = undefined;
      fold(dropped);
      // reclaim the dropped slots now and then (an array shift per event would be O(n) at 10 000)
      if (head >= 1_024 && head * 2 >= items.length) {
        items = items.slice(head);
        head = 0;
      }
    },
    shift(): E | undefined {
      if (overflow !== undefined) {
        const { from, to, topics, channelId } = overflow;
        overflow = undefined;
        const gap: NotificationGap = { type: 'gap', from, to, topics: [...topics], cause: 'buffer-overflow', channelId };
        return gap;
      }
      if (head >= items.length) return undefined;
      const event = items[head];
      items[head++] = undefined;
      if (head === items.length) {
        items = [];
        head = 0;
      }
      return event;
    },
  };
}
