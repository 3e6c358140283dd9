// The Genesys Cloud notifications protocol, simulated: channels (24 h, 20 per owner with LRU eviction, 1,000 topics),
// subscriptions, and the streaming socket (heartbeats, ping/pong, socket_closing, {"result":"404"}). The socket side is
// transport-agnostic (`connect`), served in process by MSW's WebSocket API (`ws.link`) and over loopback by the sandbox.
import { http, ws, type HttpHandler, type JsonBodyType, type WebSocketHandler } from 'msw';
import type { components } from '@ccaas/genesys-cloud/notifications';
import type { MockAccessToken } from './oauth-server.js';

type Channel = components['schemas']['Channel'];

/** A server-side socket as the simulation drives it (an MSW client connection, or the sandbox's loopback socket). */
export interface StreamingSocket {
  send(text: string): void;
  close(): void;
}

interface SocketState {
  socket: StreamingSocket;
  /** `silentDrop`: open, but nothing is sent or answered any more. */
  silent: boolean;
  /** `socketClosing`: closed by the server at this clock time. */
  closeAt?: number;
}

interface ChannelState {
  id: string;
  owner: string;
  expiresAt: number;
  /** The channel dies with the token that created it (the mock's own token record: `expireTokens()` reaches it). */
  token: Pick<MockAccessToken, 'expiresAt' | 'revoked'>;
  lastUsedAt: number;
  topics: Set<string>;
  sockets: SocketState[];
}

export interface GenesysNotificationsMockOptions {
  apiBaseUrl: string;
  /** `wss://streaming.<domain>` (in process) or the sandbox's `ws://127.0.0.1:<port>/genesys-cloud/streaming`. */
  streamingBaseUrl: string;
  clock: () => number;
  /** The live token of an API request (the base mock's auth guard already refused the others). */
  authenticated: (request: Request) => MockAccessToken;
  ok: (request: Request, body: JsonBodyType, status?: number) => Response;
  fail: (status: number, code: string, message: string) => Response;
}

export const notificationLimits = { channelsPerOwner: 20, topicsPerChannel: 1_000, channelLifetimeMs: 24 * 3_600_000, socketClosingGraceMs: 60_000 } as const;

/** What the simulation published, so a test or bench can check received + reported gaps = published. */
export interface PublishedNotification {
  topic: string;
  at: number;
  correlationId: string;
  /** Sockets it was written to (0: no live subscriber, lost unless the client reports the window as a gap). */
  deliveredTo: number;
}

export function createGenesysNotificationsMock(options: GenesysNotificationsMockOptions) {
  const { apiBaseUrl, streamingBaseUrl, clock } = options;
  const channels = new Map<string, ChannelState>();
  let sequence = 0;
  const api = (path: string) => `${apiBaseUrl}${path}`;
  const channelOf = (id: unknown) => channels.get(String(id));
  /** Every channel id this simulation issued (removed ones too: those get the platform's 404). */
  const issued = new Set<string>();
  // a channel id it never issued is left to the schema answers (`undefined`: MSW's next handler), like every id of an
  // operation it does not model
  const notIssued = (id: unknown) => !issued.has(String(id));
  /** Everyone who made a channel here: only their channel lists are the simulation's. */
  const owners = new Set<string>();
  const liveSocket = (channel: ChannelState) => channel.sockets.at(-1);
  const message = (topicName: string, eventBody: unknown, metadata?: Record<string, unknown>) =>
    JSON.stringify({ topicName, version: '2', eventBody, ...(metadata ? { metadata } : {}) });

  /** Ends a channel: its sockets get `{"result":"404"}` and are closed (expired, evicted, or its token expired). */
  const removeChannel = (channel: ChannelState) => {
    channels.delete(channel.id);
    for (const state of channel.sockets) {
      if (!state.silent) state.socket.send(JSON.stringify({ result: '404', message: `channel ${channel.id} no longer exists` }));
      // the close after the message has been written, as a server's would be
      setTimeout(() => state.socket.close(), 0);
    }
    channel.sockets = [];
  };

  /** Clock-driven server behaviour: expiries (channel, token) and the close after `socket_closing`. */
  const sweep = () => {
    const now = clock();
    for (const channel of [...channels.values()]) {
      if (now >= channel.expiresAt || now >= channel.token.expiresAt || channel.token.revoked) {
        removeChannel(channel);
        continue;
      }
      for (const state of [...channel.sockets]) {
        if (state.closeAt !== undefined && now >= state.closeAt) {
          channel.sockets = channel.sockets.filter((s) => s !== state);
          state.socket.close();
        }
      }
    }
  };

  const createChannel = (token: MockAccessToken): Channel => {
    sweep();
    const owner = token.subject ?? token.clientId;
    const id = crypto.randomUUID();
    issued.add(id);
    owners.add(owner);
    const now = clock();
    channels.set(id, { id, owner, expiresAt: now + notificationLimits.channelLifetimeMs, token, lastUsedAt: now, topics: new Set(), sockets: [] });
    // a 21st channel silently evicts the owner's least recently used one (channels without a socket first)
    const owned = [...channels.values()].filter((c) => c.owner === owner);
    if (owned.length > notificationLimits.channelsPerOwner) {
      const victim = owned.sort((a, b) => Number(a.sockets.length > 0) - Number(b.sockets.length > 0) || a.lastUsedAt - b.lastUsedAt)[0]!;
      removeChannel(victim);
    }
    return { id, connectUri: `${streamingBaseUrl}/channels/${id}`, expires: new Date(now + notificationLimits.channelLifetimeMs).toISOString() };
  };

  const subscriptionsHandler = (replace: boolean) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      if (notIssued(params.channelId)) return undefined;
      const token = options.authenticated(request);
      sweep();
      const channel = channelOf(params.channelId);
      if (!channel || channel.owner !== (token.subject ?? token.clientId)) return options.fail(404, 'not.found', `Channel ${String(params.channelId)} was not found.`);
      const body = (await request.json().catch(() => undefined)) as { id?: unknown }[] | undefined;
      if (!Array.isArray(body) || body.some((t) => typeof t?.id !== 'string' || !t.id.startsWith('v2.'))) {
        return options.fail(400, 'bad.request', 'The body must be an array of topics such as [{"id":"v2.users.<userId>.presence"}].');
      }
      const topics = new Set([...(replace ? [] : channel.topics), ...body.map((t) => t.id as string)]);
      if (topics.size > notificationLimits.topicsPerChannel) return options.fail(400, 'bad.request', `A channel holds at most ${notificationLimits.topicsPerChannel} topics.`);
      channel.topics = topics;
      // resubscribing extends the channel's life
      channel.expiresAt = clock() + notificationLimits.channelLifetimeMs;
      channel.lastUsedAt = clock();
      return options.ok(request, { entities: [...topics].map((id) => ({ id })) });
    };

  const handlers: HttpHandler[] = [
    http.post(api('/api/v2/notifications/channels'), ({ request }) => options.ok(request, createChannel(options.authenticated(request)))),
    http.get(api('/api/v2/notifications/channels'), ({ request }) => {
      const token = options.authenticated(request);
      sweep();
      const owned = [...channels.values()].filter((c) => c.owner === (token.subject ?? token.clientId));
      // an owner that never made a channel here: the schema answers list (and then answer) channels of their own
      if (!owners.has(token.subject ?? token.clientId)) return undefined;
      return options.ok(request, { entities: owned.map((c) => ({ id: c.id, connectUri: `${streamingBaseUrl}/channels/${c.id}`, expires: new Date(c.expiresAt).toISOString() })) });
    }),
    http.put(api('/api/v2/notifications/channels/:channelId/subscriptions'), subscriptionsHandler(true)),
    http.post(api('/api/v2/notifications/channels/:channelId/subscriptions'), subscriptionsHandler(false)),
    http.get(api('/api/v2/notifications/channels/:channelId/subscriptions'), ({ request, params }) => {
      if (notIssued(params.channelId)) return undefined;
      options.authenticated(request);
      const channel = channelOf(params.channelId);
      if (!channel) return options.fail(404, 'not.found', `Channel ${String(params.channelId)} was not found.`);
      return options.ok(request, { entities: [...channel.topics].map((id) => ({ id })) });
    }),
    http.delete(api('/api/v2/notifications/channels/:channelId/subscriptions'), ({ request, params }) => {
      if (notIssued(params.channelId)) return undefined;
      options.authenticated(request);
      const channel = channelOf(params.channelId);
      if (!channel) return options.fail(404, 'not.found', `Channel ${String(params.channelId)} was not found.`);
      channel.topics.clear();
      return options.ok(request, undefined);
    }),
  ];

  /**
   * A socket connected to `/channels/<id>`: returns what to call with each message the client sends. An unknown
   * channel gets `{"result":"404"}`, as the platform answers it.
   */
  const connect = (channelId: string, socket: StreamingSocket): ((text: string) => void) => {
    sweep();
    const channel = channelOf(channelId);
    if (!channel) {
      socket.send(JSON.stringify({ result: '404', message: `channel ${channelId} does not exist` }));
      socket.close();
      return () => undefined;
    }
    const state: SocketState = { socket, silent: false };
    channel.sockets.push(state);
    channel.lastUsedAt = clock();
    return (text) => {
      if (state.silent || !channels.has(channel.id)) return;
      let parsed: { message?: unknown } | undefined;
      try {
        parsed = JSON.parse(text) as { message?: unknown };
      } catch {
        return;
      }
      if (parsed?.message === 'ping') socket.send(message('channel.metadata', { message: 'pong' }));
    };
  };
  const disconnect = (socket: StreamingSocket) => {
    for (const channel of channels.values()) channel.sockets = channel.sockets.filter((s) => s.socket !== socket);
  };

  const link = ws.link(`${streamingBaseUrl}/channels/:channelId`);
  const wsHandler: WebSocketHandler = link.addEventListener('connection', ({ client, params }) => {
    const socket: StreamingSocket = { send: (text) => client.send(text), close: () => client.close() };
    const receive = connect(String(params.channelId), socket);
    client.addEventListener('message', (event) => receive(String(event.data)));
    client.addEventListener('close', () => disconnect(socket));
  });

  const selectChannels = (channelId?: string) => (channelId === undefined ? [...channels.values()] : [channelOf(channelId)].filter((c): c is ChannelState => c !== undefined));

  return {
    /** HTTP handlers for channels and subscriptions (behind the base mock's auth guard). */
    handlers,
    /** MSW's WebSocket handler for `<streamingBaseUrl>/channels/:channelId`: `server.use(...)` or `setupServer(...)`. */
    webSocketHandler: wsHandler,
    /** The transport-agnostic socket side (the sandbox's loopback sockets use it). */
    connect,
    disconnect,
    streamingBaseUrl,
    /** Writes an event to the newest live socket of every channel subscribed to `topic`; returns what was published. */
    publish(topic: string, eventBody: unknown): PublishedNotification {
      sweep();
      const correlationId = `mock-${++sequence}`;
      let deliveredTo = 0;
      for (const channel of channels.values()) {
        if (!channel.topics.has(topic)) continue;
        const state = liveSocket(channel);
        if (!state || state.silent) continue;
        state.socket.send(message(topic, eventBody, { CorrelationId: correlationId }));
        deliveredTo++;
      }
      return { topic, at: clock(), correlationId, deliveredTo };
    },
    /** The platform's heartbeat (about every 30 s): `channel.metadata` to every live socket; also runs expiries. */
    heartbeat() {
      sweep();
      for (const channel of channels.values()) {
        for (const state of channel.sockets) if (!state.silent) state.socket.send(message('channel.metadata', { message: 'WebSocket Heartbeat' }));
      }
    },
    /** Runs the clock-driven behaviour now (expiries, the close after `socket_closing`). */
    sweep,
    scenarios: {
      /** `v2.system.socket_closing` on the live sockets; each is closed `graceMs` (clock) later, at the next sweep. */
      socketClosing(channelId?: string, graceMs: number = notificationLimits.socketClosingGraceMs) {
        for (const channel of selectChannels(channelId)) {
          const state = liveSocket(channel);
          if (!state) continue;
          state.socket.send(message('v2.system.socket_closing', { message: 'The socket will be closed shortly; connect a new one' }));
          state.closeAt = clock() + graceMs;
        }
      },
      /** The live sockets stay open but go silent: no events, no heartbeats, no pongs (a dead NAT mapping). */
      silentDrop(channelId?: string) {
        for (const channel of selectChannels(channelId)) {
          const state = liveSocket(channel);
          if (state) state.silent = true;
        }
      },
      /** The server closes the live sockets without warning (mid-stream). */
      closeMidStream(channelId?: string) {
        for (const channel of selectChannels(channelId)) {
          const state = liveSocket(channel);
          if (!state) continue;
          channel.sockets = channel.sockets.filter((s) => s !== state);
          state.socket.close();
        }
      },
      /** Another process of the same user/app creates a channel: beyond 20 the least recently used one is evicted. */
      createForeignChannel(owner: string): string {
        const token = { token: 'foreign', clientId: owner, grantType: 'client_credentials', expiresAt: Number.POSITIVE_INFINITY, revoked: false } as MockAccessToken;
        return createChannel(token).id!;
      },
      /**
       * A 21st channel of the same user/app evicts `channelId` (as if it were the least recently used one): its socket
       * gets `{"result":"404"}`. Returns the new (foreign) channel's id.
       */
      evictBy21stChannel(channelId: string): string {
        const victim = channelOf(channelId);
        if (!victim) throw new Error(`[@ccaas/mocks] no notification channel ${channelId}`);
        removeChannel(victim);
        const token = { token: 'foreign', clientId: victim.owner, grantType: 'client_credentials', expiresAt: Number.POSITIVE_INFINITY, revoked: false } as MockAccessToken;
        const created = createChannel(token);
        channels.get(created.id!)!.owner = victim.owner;
        return created.id!;
      },
    },
    /** The channels an owner holds (a user id for user tokens, else the OAuth client id), oldest first. */
    channels: (owner?: string) =>
      [...channels.values()]
        .filter((c) => owner === undefined || c.owner === owner)
        .map((c) => ({ id: c.id, owner: c.owner, topics: [...c.topics], sockets: c.sockets.length, expiresAt: c.expiresAt })),
  };
}

export type GenesysNotificationsMock = ReturnType<typeof createGenesysNotificationsMock>;
