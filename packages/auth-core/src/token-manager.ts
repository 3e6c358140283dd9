/**
 * The token manager: what callers ask for (`getToken`, `refresh`, `clear`, `revoke`) and when a refresh starts. The
 * refresh itself (single flight, lease, store write) is the flight in token-flight.ts; store access is in
 * token-store-access.ts; both work on the manager's state, one typed value.
 */
import { ConfigurationError, ReauthenticationRequiredError } from './errors.js';
import {
  createTokenManagerEmitter,
  type RefreshReason,
  type TokenManagerEmitter,
  type TokenManagerEventName,
  type TokenManagerEvents,
  type TokenManagerListener,
} from './events.js';
import type { FetchLike, Grant } from './grants.js';
import { loadDeferred } from './load-deferred.js';
import { authCoreDefaults, nonNegativeOption } from './options.js';
import { abortableWait } from './retry-policy.js';
import { createTokenFreshness, joinFlight, startFlight, type FlightContext, type TokenState } from './token-flight.js';
import { createTokenRequester } from './token-requests.js';
import { createStoreAccess } from './token-store-access.js';
import type { StoredToken, TokenStore } from './token-store.js';

export interface TokenManagerOptions {
  grant: Grant;
  /**
   * Where the token is shared (`@ccaas/token-store-redis`: across processes; a store with `tryLock` gives
   * cross-process single flight). Default: none, the manager itself holds its token (as a private in-memory store would).
   */
  store?: TokenStore;
  /**
   * Store key; default `ccaas:auth:<grant type>:<client id>:<scope>` (the password grant adds its username). Required
   * for an authorization-code or refresh-token grant given a `store`: their tokens belong to one user.
   */
  storeKey?: string;
  /** Refresh a token this long before it expires; default min(5 min, 10% of its lifetime). Capped at half the lifetime. */
  refreshSkewMs?: number;
  /** Epoch milliseconds; default `Date.now`. */
  clock?: () => number;
  /** Fetch used for token requests; default looks up `globalThis.fetch` at call time. */
  fetch?: FetchLike;
  /** Per attempt of a token request that is safe to resend (client credentials, password grant); default 10 000. */
  tokenRequestTimeoutMs?: number;
  /** Hard cap of an attempt that spends a refresh token or an authorization code; default 120 000. */
  singleUseRequestTimeoutMs?: number;
  /** Retries after 5xx/429/timeout/network failures of the token endpoint; default 2. */
  tokenRequestRetries?: number;
  /** Cross-process lease TTL (renewed every third of it while its holder works); default 30 000. */
  lockTtlMs?: number;
  /** How often to poll the store while another process holds the lease; default 100. */
  lockPollIntervalMs?: number;
  /** Lifetime assumed when a token response has no valid `expires_in`; default 1 hour. */
  defaultTokenLifetimeMs?: number;
  /** Random source in [0, 1) for retry jitter; default `Math.random`. */
  random?: () => number;
}

export interface GetTokenOptions {
  /** Ends this caller's wait immediately with the abort reason; a token request already sent runs to its end. */
  signal?: AbortSignal;
  /** Obtain a new token even if the current one is still fresh (a token obtained after this call). */
  forceRefresh?: boolean;
  /**
   * The access token the server just rejected with 401. The manager refreshes unless its current token already
   * differs (another caller refreshed), so any number of concurrent 401s cause one token request.
   */
  rejectedToken?: string;
}

export interface TokenManager {
  /**
   * A valid access token. Missing or expired: waits for a token request. Within the refresh skew: returns the
   * still-valid token at once and refreshes in the background.
   */
  getToken(options?: GetTokenOptions): Promise<string>;
  /** Like `getToken` with the whole token set (expiry, scope, refresh token, id_token). */
  getTokenSet(options?: GetTokenOptions): Promise<StoredToken>;
  /** Obtains a new token now (`forceRefresh`): the token returned was obtained after this call. */
  refresh(options?: { signal?: AbortSignal }): Promise<StoredToken>;
  /** True when a refresh token is held or the grant can silently be re-run (client credentials, password). */
  hasRefreshCapability(): boolean;
  /** Test helper: marks the current token as expired (keeps its refresh token). */
  expire(): Promise<void>;
  /** Forgets the token (in this process and in the store); a refresh in flight does not bring it back. */
  clear(): Promise<void>;
  /** Revokes the refresh and access tokens (RFC 7009) and clears; present when the grant has a `revocationEndpoint`. */
  revoke?(options?: { signal?: AbortSignal }): Promise<void>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends TokenManagerEventName>(name: K, listener: TokenManagerListener<K>): () => void;
  /** The store key in use. */
  readonly storeKey: string;
  /**
   * The access token `getToken()` would resolve to without waiting (the same background refresh starts), or undefined
   * when it would wait: authMiddleware sends synchronously with it. A member, not a module-level lookup, so a manager
   * from the other build (CommonJS next to ESM) offers it too.
   */
  tokenIfReady(): string | undefined;
  /** Emits a request's `retry` or `rateLimited` event to this manager's listeners (authMiddleware reports them here). */
  emitRequestEvent<K extends 'retry' | 'rateLimited'>(name: K, event: TokenManagerEvents[K]): void;
}

const defaults = authCoreDefaults.tokenManager;
const noop = () => undefined;

/** The options after validation, with their defaults applied. */
interface ResolvedOptions {
  grant: Grant;
  store: TokenStore | undefined;
  storeKey: string;
  explicitSkewMs: number | undefined;
  tokenRequestTimeoutMs: number;
  singleUseRequestTimeoutMs: number;
  tokenRequestRetries: number;
  lockTtlMs: number;
  lockPollIntervalMs: number;
  defaultLifetimeMs: number;
  clock: () => number;
  random: () => number;
  fetch: FetchLike;
}

function resolveOptions(options: TokenManagerOptions): ResolvedOptions {
  const grant = options?.grant;
  if (!grant || typeof grant.acquire !== 'function' || typeof grant.refresh !== 'function') {
    throw new ConfigurationError('grant is required (use clientCredentialsGrant, passwordGrant, ...)', { code: 'missing_option', option: 'grant' });
  }
  const explicitSkewMs =
    options.refreshSkewMs === undefined ? undefined : nonNegativeOption(options.refreshSkewMs, 'refreshSkewMs', 0);
  const positive = (value: number | undefined, name: string, fallback: number) => nonNegativeOption(value, name, fallback, false);
  const tokenRequestTimeoutMs = positive(options.tokenRequestTimeoutMs, 'tokenRequestTimeoutMs', defaults.tokenRequestTimeoutMs);
  const singleUseRequestTimeoutMs = positive(
    options.singleUseRequestTimeoutMs,
    'singleUseRequestTimeoutMs',
    Math.max(defaults.singleUseRequestTimeoutMs, tokenRequestTimeoutMs),
  );
  const tokenRequestRetries = Math.floor(
    nonNegativeOption(options.tokenRequestRetries, 'tokenRequestRetries', defaults.tokenRequestRetries),
  );
  if (options.clock !== undefined && typeof options.clock !== 'function') {
    throw new ConfigurationError('clock must be a function returning epoch milliseconds', { code: 'invalid_option', option: 'clock' });
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ConfigurationError('fetch must be a function', { code: 'invalid_option', option: 'fetch' });
  }
  if (options.storeKey !== undefined && (typeof options.storeKey !== 'string' || options.storeKey === '')) {
    throw new ConfigurationError('storeKey must be a non-empty string', { code: 'invalid_option', option: 'storeKey' });
  }
  if (!grant.reRunnable && options.store !== undefined && options.storeKey === undefined) {
    throw new ConfigurationError(
      `storeKey is required when a ${grant.grantType} grant is given a store: its tokens belong to one user, so give each user their own key (e.g. storeKey: \`my-app:user:\${userId}\`)`,
      { code: 'missing_option', option: 'storeKey' },
    );
  }
  // Without a store the manager's own state is the only copy: a private in-memory store would add nothing but
  // bytes to every client that never shares its token (the store code is reached only through a store passed in).
  const store = options.store;
  // The store's lease protocol (refresh-lease.ts) comes with the store, so only clients with one bundle it.
  if (typeof store?.tryLock === 'function' && !store.refreshLease) {
    throw new ConfigurationError("a store with tryLock needs refreshLease (import it from @ccaas/auth-core/platform): pass { ...store, refreshLease }", {
      code: 'missing_option',
      option: 'store.refreshLease',
    });
  }
  const fetchOption = options.fetch;
  return {
    grant,
    store,
    storeKey: options.storeKey ?? `ccaas:auth:${grant.description}`,
    explicitSkewMs,
    tokenRequestTimeoutMs,
    singleUseRequestTimeoutMs,
    tokenRequestRetries,
    lockTtlMs: positive(options.lockTtlMs, 'lockTtlMs', defaults.lockTtlMs),
    lockPollIntervalMs: positive(options.lockPollIntervalMs, 'lockPollIntervalMs', defaults.lockPollIntervalMs),
    defaultLifetimeMs: positive(options.defaultTokenLifetimeMs, 'defaultTokenLifetimeMs', defaults.defaultTokenLifetimeMs),
    clock: options.clock ?? (() => Date.now()),
    random: options.random ?? Math.random,
    fetch: fetchOption ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** What serving a token needs: the flights' context, and every event the manager emits (the flights emit only some). */
interface ServingContext extends FlightContext {
  emitEvent<K extends TokenManagerEventName>(name: K, event: TokenManagerEvents[K]): void;
}

/** Serve while refreshing: one background flight per refresh window, none during the back-off after a failure. */
function refreshInBackground(ctx: ServingContext, token: StoredToken): void {
  const { state, clock, grant } = ctx;
  if (state.flight || clock() < state.proactiveBackoffUntil) return;
  if (token.refreshToken === undefined && !grant.reRunnable && !grant.canAcquire()) return; // nothing to refresh with
  const startedAt = clock();
  const f = startFlight(ctx, { reason: 'proactive', stale: new Set() }, true);
  ctx.emitEvent('backgroundRefreshStarted', { reason: 'proactive' });
  f.promise.then(
    () => ctx.emitEvent('backgroundRefreshEnded', { reason: 'proactive', outcome: f.outcome, durationMs: clock() - startedAt }),
    (error: unknown) =>
      ctx.emitEvent('backgroundRefreshEnded', {
        reason: 'proactive',
        outcome: 'failed',
        durationMs: clock() - startedAt,
        error: error instanceof Error ? error : new Error('background refresh failed'),
      }),
  );
}

/** The held token when it is served without waiting (within the refresh skew a background refresh starts). */
function tokenAtOnce(ctx: ServingContext, now: number): StoredToken | undefined {
  const token = ctx.state.current;
  if (!token || !ctx.freshness.isValid(token, now)) return undefined;
  if (!ctx.freshness.isFresh(token, now)) refreshInBackground(ctx, token);
  return token;
}

/** A valid token: the held one at once, or the one a flight (joined or started) obtains. */
async function getTokenSet(ctx: ServingContext, getOptions: GetTokenOptions = {}): Promise<StoredToken> {
  const { state, clock } = ctx;
  const { signal, forceRefresh = false, rejectedToken } = getOptions;
  signal?.throwIfAborted();
  const calledAfter = state.flightSeq;
  for (let round = 0; ; round++) {
    const token = state.current;
    const rejected = rejectedToken !== undefined && token?.accessToken === rejectedToken;
    const atOnce = forceRefresh || rejected ? undefined : tokenAtOnce(ctx, clock());
    if (atOnce) return atOnce;
    if (forceRefresh && state.flight && state.flight.seq <= calledAfter) {
      // a forced refresh wants a token obtained after its call; let the running flight (which may be spending the
      // refresh token) finish first, then start one
      await abortableWait(state.flight.promise.catch(noop), signal);
      continue;
    }
    const reason: RefreshReason = forceRefresh ? 'forced' : rejected ? 'unauthorized' : !token ? 'initial' : 'expired';
    const stale = new Set<string>();
    if (rejectedToken !== undefined) stale.add(rejectedToken);
    if (forceRefresh && token) stale.add(token.accessToken);
    const { token: result, joined } = await joinFlight(ctx, { reason, stale }, signal);
    // cleared or revoked meanwhile: whatever the flight obtained is not this caller's to use
    const superseded = joined.generation !== state.generation;
    const again = superseded || (rejectedToken !== undefined && result.accessToken === rejectedToken);
    if (!again || round >= 2) {
      if (superseded) throw new ReauthenticationRequiredError('the token was cleared while it was being refreshed', { code: 'token_cleared' });
      return result;
    }
  }
}

/** Starts a new generation: nothing obtained by a flight already running will be stored or served. */
function forget(state: TokenState, revoked: boolean): void {
  state.generation += 1;
  if (state.flight) state.flight.revoked ||= revoked;
  state.flight = undefined;
  state.current = undefined;
  state.proactiveBackoffUntil = 0;
}

/**
 * Creates a token manager: proactive refresh in the background, single flight (in process and, with
 * `store.tryLock`, across processes through a renewed lease), and rotation-safe token requests.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const resolved = resolveOptions(options);
  const { grant, storeKey, clock } = resolved;
  const emitter = createTokenManagerEmitter();
  const emit = <K extends TokenManagerEventName>(name: K, event: TokenManagerEvents[K]) => emitter.emit(name, event);
  const store = createStoreAccess({ store: resolved.store, storeKey, clock, emitStoreError: (event) => emit('storeError', event) });
  const state: TokenState = { current: undefined, flight: undefined, flightSeq: 0, generation: 0, proactiveBackoffUntil: 0 };
  // RFC 7009 revocation is in token-revocation.ts (part of deferred.ts), loaded when something is revoked
  const revoke = async (token: StoredToken, signal?: AbortSignal) =>
    (await loadDeferred()).revokeTokens(grant, resolved.fetch, resolved.tokenRequestTimeoutMs, token, signal);
  const ctx: ServingContext = {
    state,
    freshness: createTokenFreshness(clock, resolved.explicitSkewMs),
    grant,
    storeKey,
    store,
    clock,
    lockTtlMs: resolved.lockTtlMs,
    lockPollIntervalMs: resolved.lockPollIntervalMs,
    singleUseRequestTimeoutMs: resolved.singleUseRequestTimeoutMs,
    emit,
    emitEvent: emit,
    revokeTokens: (token) => revoke(token),
    requester: createTokenRequester({ ...resolved, emit }),
  };

  const manager: TokenManager = {
    storeKey,
    getTokenSet: (getOptions) => getTokenSet(ctx, getOptions),
    async getToken(getOptions) {
      return (await getTokenSet(ctx, getOptions)).accessToken;
    },
    refresh(refreshOptions) {
      return getTokenSet(ctx, { ...refreshOptions, forceRefresh: true });
    },
    hasRefreshCapability() {
      return grant.reRunnable || state.current?.refreshToken !== undefined || (grant.grantType === 'refresh_token' && grant.canAcquire());
    },
    async expire() {
      const base = state.current ?? (await store.get());
      if (!base) return;
      const expired: StoredToken = { ...base, expiresAt: Math.min(base.expiresAt, clock() - 1) };
      state.current = expired;
      state.proactiveBackoffUntil = 0;
      await store.write(base, expired);
    },
    async clear() {
      forget(state, false);
      await store.delete();
    },
    on(name, listener) {
      return emitter.on(name, listener);
    },
    tokenIfReady() {
      return tokenAtOnce(ctx, clock())?.accessToken;
    },
    emitRequestEvent(name, event) {
      emitter.emit(name, event);
    },
  };
  if (grant.revoke) {
    manager.revoke = async (revokeOptions) => {
      const base = state.current ?? (await store.get());
      forget(state, true);
      try {
        if (base) await revoke(base, revokeOptions?.signal);
      } finally {
        await manager.clear();
      }
    };
  }
  return manager;
}
