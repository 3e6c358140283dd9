// One notification channel and its socket, kept alive: a shard of up to 1,000 topics of a stream.
// Break paths (socket closed, silent socket, channel gone) reconnect with backoff and report a gap; make-before-break
// paths (socket_closing, token refresh) connect and subscribe the replacement before the old socket goes, so no gap.
import type { GenesysCloudApi } from '../create-genesys-cloud-client.js';
import type { paths } from '../generated/notifications.js';
import type {
  NotificationLifecycleEvent,
  NotificationReconnectCause,
  NotificationSocket,
  NotificationSocketConstructor,
  NotificationStreamEvent,
  NotificationTimers,
} from './notification-events.js';

/** The stream's settings every shard reads (defaults resolved in subscribe-notifications.ts). */
export interface ChannelSettings {
  heartbeatTimeoutMs: number;
  pingIntervalMs: number;
  renewBeforeExpiryMs: number;
  connectTimeoutMs: number;
  reconnect: { initialDelayMs: number; maxDelayMs: number };
  socketClosingGraceMs: number;
}

/** What a shard needs from its stream. */
export interface ChannelContext {
  api: GenesysCloudApi<paths>;
  WebSocket: NotificationSocketConstructor;
  timers: NotificationTimers;
  settings: ChannelSettings;
  random: () => number;
  emit(event: NotificationStreamEvent<string>): void;
  /** True when a message with this correlation id was already delivered (overlapping sockets). */
  isDuplicate(correlationId: unknown): boolean;
  readonly signal: AbortSignal;
  /** Counts the client's token refreshes: a channel made under an older count belongs to an older token. */
  tokenGeneration(): number;
}

/** A lifecycle event without what the connection fills in (distributed over the union, so each variant keeps its fields). */
type LifecycleDetail = NotificationLifecycleEvent extends infer E ? (E extends unknown ? Omit<E, 'type' | 'at' | 'channelId' | 'topicCount'> : never) : never;

interface Channel {
  id: string;
  /** The token generation it was created under. */
  generation: number;
  connectUri: string;
  expiresAt: number;
}

const CHANNEL_LIFETIME_MS = 24 * 3_600_000;
const OPEN = 1;

/** A platform answer the stream cannot recover from by reconnecting (bad topics, missing permission). */
export class NotificationSubscriptionError extends Error {
  override readonly name = 'NotificationSubscriptionError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly correlationId: string | undefined,
  ) {
    super(message);
  }
}

class ChannelGoneError extends Error {}

export class ChannelConnection {
  private channel: Channel | undefined;
  private socket: NotificationSocket | undefined;
  private lastAliveAt: number;
  private outage: { from: number; cause: NotificationReconnectCause } | undefined;
  private watchdog: unknown;
  private pinger: unknown;
  private renewal: unknown;
  private recovering = false;
  private replacing = false;

  constructor(
    readonly topics: readonly string[],
    private readonly ctx: ChannelContext,
  ) {
    this.lastAliveAt = ctx.timers.now();
  }

  get channelId(): string | undefined {
    return this.channel?.id;
  }

  /** Creates the channel, subscribes and connects; throws NotificationSubscriptionError for a fatal answer. */
  async start(): Promise<void> {
    await this.establish('connect-failed', true);
  }

  stop(): void {
    this.clearTimers();
    this.closeSocket(this.socket, 1000, 'stream closed');
    this.socket = undefined;
  }

  private lifecycle(event: LifecycleDetail) {
    this.ctx.emit({ type: 'lifecycle', at: this.ctx.timers.now(), channelId: this.channel?.id, topicCount: this.topics.length, ...event } as NotificationStreamEvent<string>);
  }

  // ---- REST: channel and subscriptions, through the typed client (auth, 401 replay, 429 retries apply) ----

  private async createChannel(): Promise<Channel> {
    const { data, error, response } = await this.ctx.api.POST('/api/v2/notifications/channels', { signal: this.ctx.signal });
    // read after the answer: the request obtained (and announced) the token it was sent with
    const generation = this.ctx.tokenGeneration();
    if (!data?.id || !data.connectUri) throw this.restError('create a notification channel', response, error);
    const expiresAt = data.expires ? Date.parse(data.expires) : this.ctx.timers.now() + CHANNEL_LIFETIME_MS;
    const channel = { id: data.id, generation, connectUri: data.connectUri, expiresAt: Number.isNaN(expiresAt) ? this.ctx.timers.now() + CHANNEL_LIFETIME_MS : expiresAt };
    this.ctx.emit({ type: 'lifecycle', event: 'channel-created', at: this.ctx.timers.now(), channelId: channel.id, topicCount: this.topics.length, expiresAt: channel.expiresAt });
    return channel;
  }

  /** PUT replaces the channel's topics with this shard's; it also extends the channel's life by 24 h. */
  private async subscribe(channel: Channel): Promise<void> {
    const { error, response } = await this.ctx.api.PUT('/api/v2/notifications/channels/{channelId}/subscriptions', {
      params: { path: { channelId: channel.id } },
      body: this.topics.map((id) => ({ id })),
      signal: this.ctx.signal,
    });
    if (response.status === 404) throw new ChannelGoneError(`channel ${channel.id} is gone`);
    if (!response.ok) throw this.restError(`subscribe channel ${channel.id} to ${this.topics.length} topics`, response, error);
    channel.expiresAt = this.ctx.timers.now() + CHANNEL_LIFETIME_MS;
  }

  private restError(what: string, response: Response, body: unknown): Error {
    const fields = (body ?? {}) as { code?: string; message?: string };
    const detail = fields.message ? `: ${fields.message}` : '';
    return new NotificationSubscriptionError(
      `Genesys Cloud answered ${response.status} when the stream tried to ${what}${detail}; check the topics and the OAuth client's notification permissions`,
      response.status,
      fields.code,
      response.headers.get('ININ-Correlation-Id') ?? undefined,
    );
  }

  // ---- socket ----

  private openSocket(channel: Channel): Promise<NotificationSocket> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const socket = new this.ctx.WebSocket(channel.connectUri);
      const timer = this.ctx.timers.setTimeout(() => fail(new Error('the socket did not open in time')), this.ctx.settings.connectTimeoutMs);
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        this.ctx.timers.clearTimeout(timer);
        this.closeSocket(socket, 1000, 'connect failed');
        reject(error);
      };
      socket.addEventListener('open', () => {
        if (settled) return;
        settled = true;
        this.ctx.timers.clearTimeout(timer);
        resolve(socket);
      });
      socket.addEventListener('error', () => fail(new Error(`the socket to ${channel.connectUri} failed`)));
      socket.addEventListener('close', () => fail(new Error(`the socket to ${channel.connectUri} closed before it opened`)));
      socket.addEventListener('message', (event) => this.onMessage(socket, event.data));
      socket.addEventListener('close', () => this.onClose(socket));
    });
  }

  private closeSocket(socket: NotificationSocket | undefined, code: number, reason: string) {
    try {
      socket?.close(code, reason);
    } catch {
      // already closing: nothing to release
    }
  }

  private onMessage(socket: NotificationSocket, data: unknown) {
    if (socket !== this.socket && !this.replacing) return;
    let message: { topicName?: string; eventBody?: Record<string, unknown>; metadata?: Record<string, unknown>; result?: string };
    try {
      message = JSON.parse(typeof data === 'string' ? data : String(data)) as typeof message;
    } catch {
      return; // not JSON: nothing the platform documents; the watchdog still counts the socket alive below
    }
    // a 404 says the channel is gone, maybe since well before the message arrived: not a sign of life, so the gap
    // starts at the last real message (an event published as the channel died lies inside it)
    if (message.result === '404') {
      if (socket === this.socket) this.broken('channel-gone', true);
      return;
    }
    if (socket === this.socket) {
      this.lastAliveAt = this.ctx.timers.now();
      this.armWatchdog();
    }
    const topic = message.topicName;
    if (topic === undefined || topic === 'channel.metadata') return; // heartbeat or pong
    if (topic === 'v2.system.socket_closing') {
      if (socket === this.socket) void this.replaceSocket('socket-closing');
      return;
    }
    if (topic.startsWith('v2.system.')) return;
    if (this.ctx.isDuplicate(message.metadata?.['CorrelationId'])) return;
    this.ctx.emit({
      type: 'notification',
      topic,
      eventBody: message.eventBody as never,
      ...(message.metadata ? { metadata: message.metadata } : {}),
      channelId: this.channel?.id ?? '',
      receivedAt: this.ctx.timers.now(),
    });
  }

  private onClose(socket: NotificationSocket) {
    if (socket !== this.socket || this.ctx.signal.aborted) return;
    this.broken('socket-closed', false);
  }

  // ---- timers: heartbeat watchdog, pings, renewal ----

  private clearTimers() {
    for (const handle of [this.watchdog, this.pinger, this.renewal]) if (handle !== undefined) this.ctx.timers.clearTimeout(handle);
    this.watchdog = this.pinger = this.renewal = undefined;
  }

  /** No message (heartbeat, pong, event) within the bound: the socket is silently dead. */
  private armWatchdog() {
    const { timers, settings } = this.ctx;
    if (this.watchdog !== undefined) timers.clearTimeout(this.watchdog);
    if (this.pinger !== undefined) timers.clearTimeout(this.pinger);
    this.watchdog = timers.setTimeout(() => this.broken('heartbeat-timeout', false), settings.heartbeatTimeoutMs);
    // a ping when the socket has been quiet, so an idle socket is proven alive before the watchdog fires
    this.pinger = timers.setTimeout(() => {
      if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify({ message: 'ping' }));
    }, settings.pingIntervalMs);
  }

  private armRenewal() {
    const { timers, settings } = this.ctx;
    if (this.renewal !== undefined) timers.clearTimeout(this.renewal);
    if (!this.channel) return;
    const delay = Math.max(0, this.channel.expiresAt - settings.renewBeforeExpiryMs - timers.now());
    this.renewal = timers.setTimeout(() => void this.renew(), delay);
  }

  private async renew() {
    const channel = this.channel;
    if (!channel || this.recovering || this.ctx.signal.aborted) return;
    try {
      await this.subscribe(channel);
      this.lifecycle({ event: 'channel-renewed', expiresAt: channel.expiresAt });
      this.armRenewal();
    } catch (error) {
      if (this.ctx.signal.aborted) return;
      if (error instanceof ChannelGoneError) this.broken('channel-gone', true);
      else this.renewal = this.ctx.timers.setTimeout(() => void this.renew(), this.ctx.settings.reconnect.maxDelayMs);
    }
  }

  // ---- recovery ----

  /** Break path: the socket (or channel) is lost; the window until the replacement is subscribed is a gap. */
  private broken(cause: NotificationReconnectCause, channelGone: boolean) {
    if (this.recovering || this.ctx.signal.aborted) return;
    const old = this.socket;
    this.socket = undefined;
    this.clearTimers();
    this.closeSocket(old, 4000, cause);
    if (channelGone && this.channel) {
      const expired = this.ctx.timers.now() >= this.channel.expiresAt;
      this.lifecycle({ event: 'channel-lost', reason: expired ? 'expired' : 'evicted-or-token-expired' });
      this.channel = undefined;
      cause = expired ? 'channel-expired' : 'channel-gone';
    }
    this.outage ??= { from: this.lastAliveAt, cause };
    void this.establish(cause, false).catch(() => undefined);
  }

  /** Connects (channel, subscription, socket) until it works, backing off with jitter; reports the gap, if any. */
  private async establish(cause: NotificationReconnectCause, first: boolean): Promise<void> {
    this.recovering = true;
    try {
      for (let attempt = 0; !this.ctx.signal.aborted; attempt++) {
        if (!first || attempt > 0) {
          const delayMs = this.backoff(attempt);
          this.lifecycle({ event: 'reconnecting', cause, attempt: attempt + 1, delayMs });
          if (delayMs > 0) await this.sleep(delayMs);
          if (this.ctx.signal.aborted) return;
        }
        try {
          await this.connectOnce();
          return;
        } catch (error) {
          if (error instanceof NotificationSubscriptionError && error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 408 && error.status !== 429) {
            if (first) throw error;
            this.ctx.emit({ type: 'lifecycle', event: 'reconnecting', at: this.ctx.timers.now(), channelId: this.channel?.id, topicCount: this.topics.length, cause, attempt: attempt + 1, delayMs: this.ctx.settings.reconnect.maxDelayMs, error });
          }
          if (error instanceof ChannelGoneError) this.channel = undefined;
          if (first && attempt === 0 && !(error instanceof ChannelGoneError)) cause = 'connect-failed';
        }
      }
    } finally {
      this.recovering = false;
    }
  }

  private async connectOnce() {
    this.channel ??= await this.createChannel();
    const channel = this.channel;
    await this.subscribe(channel);
    this.lifecycle({ event: 'subscribed' });
    const socket = await this.openSocket(channel);
    if (this.ctx.signal.aborted) {
      this.closeSocket(socket, 1000, 'stream closed');
      return;
    }
    this.socket = socket;
    this.lastAliveAt = this.ctx.timers.now();
    this.armWatchdog();
    this.armRenewal();
    this.lifecycle({ event: 'connected' });
    if (this.outage) {
      const { from, cause } = this.outage;
      this.outage = undefined;
      this.ctx.emit({ type: 'gap', from, to: this.ctx.timers.now(), topics: [...this.topics], cause, channelId: channel.id });
    }
  }

  /**
   * Make-before-break: `socket_closing` (a new socket on the same channel) or a refreshed token (a new channel under
   * the new token, before the old token's channel dies with it). The old socket keeps delivering until the new one is
   * connected and subscribed; duplicates from the overlap are dropped by correlation id.
   */
  async replaceSocket(cause: 'socket-closing' | 'token-refreshed'): Promise<void> {
    if (this.recovering || this.replacing || !this.socket || this.ctx.signal.aborted) return;
    if (cause === 'token-refreshed' && this.channel && this.channel.generation >= this.ctx.tokenGeneration()) return; // already under the new token
    this.replacing = true;
    const old = this.socket;
    try {
      const channel = cause === 'token-refreshed' || !this.channel ? await this.createChannel() : this.channel;
      if (channel !== this.channel) await this.subscribe(channel);
      const socket = await this.openSocket(channel);
      if (this.ctx.signal.aborted || this.socket !== old) {
        this.closeSocket(socket, 1000, 'replaced');
        return;
      }
      this.channel = channel;
      this.socket = socket;
      this.lastAliveAt = this.ctx.timers.now();
      this.armWatchdog();
      this.armRenewal();
      this.lifecycle({ event: 'socket-replaced', cause });
      // the old socket may still carry a message in flight: keep it a moment, then close it
      this.ctx.timers.setTimeout(() => this.closeSocket(old, 1000, cause), this.ctx.settings.socketClosingGraceMs);
    } catch {
      // the replacement failed: the old socket closes by itself soon (socket_closing) or still works (token refresh)
    } finally {
      this.replacing = false;
    }
  }

  private backoff(attempt: number): number {
    const { initialDelayMs, maxDelayMs } = this.ctx.settings.reconnect;
    if (attempt === 0) return 0;
    const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.ctx.random() * ceiling) / 2);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const handle = this.ctx.timers.setTimeout(done, ms);
      const onAbort = () => {
        this.ctx.timers.clearTimeout(handle);
        done();
      };
      function done() {
        resolve();
      }
      this.ctx.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
