import { ConfigurationError, ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import {
  createTokenManagerEmitter,
  type RefreshReason,
  type TokenManagerEmitter,
  type TokenManagerEventName,
  type TokenManagerEvents,
  type TokenManagerListener,
} from './events.js';
import type { FetchLike, Grant, GrantRequestContext } from './grants.js';
import { authCoreDefaults, nonNegativeOption } from './options.js';
import { sanitizedCause } from './redaction.js';
import { abortableWait } from './retry-policy.js';
import type { HeldLease, LeaseOutcome } from './refresh-lease.js';
import { createTokenRequester } from './token-requests.js';
import { sameToken, type StoredToken, type TokenStore } from './token-store.js';

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

interface Trigger {
  reason: RefreshReason;
  /** Access tokens that must not be accepted as the result (the rejected one, or the one a forced refresh replaces). */
  stale: Set<string>;
}

/** One refresh shared by every caller of this manager that needs it (single flight). */
interface Flight {
  /** Increases per flight: a forced refresh accepts only a flight started after its call. */
  seq: number;
  /** `clear()`/`revoke()` bump the manager's generation: a flight of an older one stores nothing. */
  generation: number;
  background: boolean;
  waiters: number;
  /** Aborted when the last waiter of a foreground flight leaves before anything was sent: stops waiting for a lease. */
  abandon: AbortController;
  /** Set once a token request is on its way: from then on the flight always runs to its end. */
  sent: boolean;
  /** `revoke()` ran while this flight was in flight: whatever it obtains is revoked too. */
  revoked: boolean;
  outcome: 'refreshed' | 'adopted' | 'failed';
  promise: Promise<StoredToken>;
}

const defaults = authCoreDefaults.tokenManager;
const noop = () => undefined;

/**
 * Creates a token manager: proactive refresh in the background, single flight (in process and, with
 * `store.tryLock`, across processes through a renewed lease), and rotation-safe token requests.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
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
  const lockTtlMs = positive(options.lockTtlMs, 'lockTtlMs', defaults.lockTtlMs);
  const lockPollIntervalMs = positive(options.lockPollIntervalMs, 'lockPollIntervalMs', defaults.lockPollIntervalMs);
  const defaultLifetimeMs = positive(options.defaultTokenLifetimeMs, 'defaultTokenLifetimeMs', defaults.defaultTokenLifetimeMs);
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
  // Without a store the manager's own `current` is the only copy: a private in-memory store would add nothing but
  // bytes to every client that never shares its token (the store code is reached only through a store passed in).
  const store = options.store;
  /** The store's lease protocol (refresh-lease.ts): only a store with `tryLock` brings it, so only then is it bundled. */
  const leases = typeof store?.tryLock === 'function' ? store.refreshLease : undefined;
  if (typeof store?.tryLock === 'function' && !leases) {
    throw new ConfigurationError("a store with tryLock needs refreshLease from @ccaas/auth-core: pass { ...store, refreshLease }", {
      code: 'missing_option',
      option: 'store.refreshLease',
    });
  }
  const clock = options.clock ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const storeKey = options.storeKey ?? `ccaas:auth:${grant.description}`;
  const emitter = createTokenManagerEmitter();
  const emit = <K extends TokenManagerEventName>(name: K, event: TokenManagerEvents[K]) => emitter.emit(name, event);

  const requester = createTokenRequester({
    grant,
    fetch: fetchImpl,
    clock,
    random,
    emit,
    tokenRequestTimeoutMs,
    singleUseRequestTimeoutMs,
    tokenRequestRetries,
    defaultLifetimeMs,
  });

  let current: StoredToken | undefined;
  let flight: Flight | undefined;
  let flightSeq = 0;
  let generation = 0;
  let proactiveBackoffUntil = 0;

  function skewFor(token: StoredToken): number {
    const lifetime = Math.max(0, token.expiresAt - token.obtainedAt);
    if (explicitSkewMs !== undefined) return Math.min(explicitSkewMs, lifetime / 2);
    return Math.min(defaults.refreshSkewMs, lifetime * defaults.refreshSkewFraction);
  }

  const isValid = (token: StoredToken, now = clock()) => now < token.expiresAt;
  const isFresh = (token: StoredToken, now = clock()) => now < token.expiresAt - skewFor(token);
  const acceptable = (token: StoredToken | undefined, trigger: Trigger): token is StoredToken =>
    token !== undefined && isFresh(token) && !trigger.stale.has(token.accessToken);
  /** The token callers may keep using while this flight fails: still valid and not the one it must replace. */
  const servable = (token: StoredToken | undefined, trigger: Trigger) =>
    token !== undefined && isValid(token) && !trigger.stale.has(token.accessToken) ? token : undefined;
  /** What the next token request starts from: the newer of the store's copy and ours (the store wins ties). */
  const newest = (stored: StoredToken | undefined, own: StoredToken | undefined) =>
    stored && (!own || sameToken(stored, own) || stored.obtainedAt >= own.obtainedAt) ? stored : own;

  // ---- store access: failures are reported and never fail a caller -------------------------------------------

  function storeFailure(operation: 'get' | 'set' | 'delete' | 'tryLock' | 'release', error: unknown): void {
    emit('storeError', { operation, error: sanitizedCause(error, []) });
  }

  async function storeGet(): Promise<StoredToken | undefined> {
    try {
      return await store?.get(storeKey);
    } catch (error) {
      storeFailure('get', error);
      return undefined;
    }
  }

  /** Writes `token` (refreshed from `expected`) with compare-and-set; resolves what the store holds afterwards. */
  async function storeWrite(expected: StoredToken | undefined, token: StoredToken): Promise<StoredToken> {
    if (!store) return token;
    const accessTtlMs = Math.max(1, token.expiresAt - clock());
    const ttlMs = token.refreshToken ? Math.max(accessTtlMs, defaults.refreshTokenStoreTtlMs) : accessTtlMs;
    try {
      if (typeof store.compareAndSet === 'function') return await store.compareAndSet(storeKey, expected, token, ttlMs);
      await store.set(storeKey, token, ttlMs);
    } catch (error) {
      storeFailure('set', error);
    }
    return token;
  }

  /** Deletes the stored token only while it is still `rejected` (item 2: a newer one from elsewhere survives). */
  async function storeDeleteIf(rejected: StoredToken): Promise<void> {
    try {
      if (!store) return;
      if (typeof store.compareAndDelete === 'function') {
        await store.compareAndDelete(storeKey, rejected);
        return;
      }
      const stored = await store.get(storeKey);
      if (stored === undefined || sameToken(stored, rejected)) await store.delete(storeKey);
    } catch (error) {
      storeFailure('delete', error);
    }
  }

  // ---- flights -------------------------------------------------------------------------------------------------

  /** Makes `token` current unless `clear()`/`revoke()` ran since the flight started. */
  function adopt(f: Flight, token: StoredToken): StoredToken {
    if (f.generation === generation) {
      current = token;
      proactiveBackoffUntil = 0;
    }
    return token;
  }

  /** The flight ends with a token someone else obtained (another flight's, or another process's from the store). */
  function adopted(f: Flight, token: StoredToken): StoredToken {
    f.outcome = 'adopted';
    return adopt(f, token);
  }

  /**
   * A flight failed. A still-valid token keeps being served (a failed proactive refresh, `invalid_grant` included:
   * item 18), the failure is reported at once, and a rejected refresh token is removed from the store only while
   * the store still holds it (item 2).
   */
  async function failed(f: Flight, trigger: Trigger, base: StoredToken | undefined, error: unknown): Promise<StoredToken> {
    const failure = error instanceof Error ? error : new Error('token request failed');
    f.outcome = 'failed';
    if (f.generation !== generation) throw failure;
    if (failure instanceof ReauthenticationRequiredError && base?.refreshToken !== undefined) {
      await storeDeleteIf(base);
      if (current !== undefined && sameToken(current, base)) {
        // nothing to refresh with any more; the access token itself is still good until it expires
        const { refreshToken: _rejected, ...rest } = current;
        current = isValid(rest) ? rest : undefined;
      }
    } else if (failure instanceof ReauthenticationRequiredError && (current === undefined || !isValid(current))) {
      current = undefined;
    }
    const keep = servable(current, trigger);
    emit('refreshFailed', { reason: trigger.reason, error: failure, ...(keep ? { validUntil: keep.expiresAt } : {}) });
    if (!keep) throw failure;
    proactiveBackoffUntil = clock() + defaults.proactiveRetryBackoffMs;
    return keep;
  }

  async function runFlight(f: Flight, trigger: Trigger): Promise<StoredToken> {
    let stored = await storeGet();
    if (acceptable(stored, trigger)) return adopted(f, stored);
    let lease: HeldLease | undefined;
    if (leases) {
      let outcome: LeaseOutcome;
      try {
        outcome = await leases.acquire({
          store: store!,
          storeKey,
          lockTtlMs,
          lockPollIntervalMs,
          maxWaitMs: Math.max(defaults.lockRounds * lockTtlMs, singleUseRequestTimeoutMs),
          clock,
          needsSharedLease: !grant.reRunnable,
          servable: () => servable(current, trigger) !== undefined,
          signal: f.abandon.signal,
          readStore: storeGet,
          acceptable: (token) => acceptable(token, trigger),
          onStoreError: storeFailure,
          onWarning: (code, message) => emit('warning', { code, message }),
        });
      } catch (error) {
        if (f.abandon.signal.aborted && error === f.abandon.signal.reason) throw error;
        return failed(f, trigger, newest(stored, current), error);
      }
      if (outcome.token) return adopted(f, outcome.token);
      lease = outcome.lease;
      if (lease) stored = outcome.stored;
    }
    let base = newest(stored, current);
    f.sent = true;
    try {
      for (let tries = 0; ; tries++) {
        let token: StoredToken;
        try {
          token = await requester.request(base, lease?.localOnly === true);
        } catch (error) {
          if (error instanceof ReauthenticationRequiredError && base?.refreshToken !== undefined && tries === 0) {
            // item 2: another process may have rotated the refresh token meanwhile; its token is in the store
            const newer = await storeGet();
            if (newer && !sameToken(newer, base) && !trigger.stale.has(newer.accessToken)) {
              if (isFresh(newer)) return adopted(f, newer);
              if (newer.refreshToken !== undefined && newer.refreshToken !== base.refreshToken) {
                base = newer;
                continue;
              }
            }
          }
          await lease?.release(error);
          return await failed(f, trigger, base, error);
        }
        if (f.generation !== generation) {
          // clear() or revoke() ran meanwhile: nothing is restored; tokens obtained after a revoke are revoked too
          if (f.revoked) void revokeTokens(token).catch(noop);
          return token;
        }
        // written before the lease is released, so the next holder starts from this token's refresh token
        const kept = await storeWrite(base, token);
        f.outcome = 'refreshed';
        emit('tokenRefreshed', { reason: trigger.reason, expiresAt: token.expiresAt, hasRefreshToken: token.refreshToken !== undefined });
        // the store may hold a newer token from another process (ours lost the compare-and-set): converge on it
        return adopt(f, sameToken(kept, token) || !isValid(kept) ? token : kept);
      }
    } finally {
      await lease?.release();
    }
  }

  function startFlight(trigger: Trigger, background: boolean): Flight {
    const f: Flight = {
      seq: ++flightSeq,
      generation,
      background,
      waiters: 0,
      abandon: new AbortController(),
      sent: false,
      revoked: false,
      outcome: 'failed',
      promise: Promise.resolve(undefined as never),
    };
    f.promise = runFlight(f, trigger).finally(() => {
      if (flight === f) flight = undefined;
    });
    f.promise.catch(noop);
    flight = f;
    return f;
  }

  /** Joins the running flight (or starts one); the caller's signal releases only this caller. */
  async function join(trigger: Trigger, signal: AbortSignal | undefined): Promise<{ token: StoredToken; joined: Flight }> {
    const joined = flight ?? startFlight(trigger, false);
    joined.waiters++;
    const leave = () => {
      joined.waiters--;
      // nobody waits for a flight that has sent nothing yet: stop waiting for another holder's lease
      if (joined.waiters === 0 && !joined.background && !joined.sent) joined.abandon.abort(signal?.reason);
    };
    signal?.addEventListener('abort', leave, { once: true });
    try {
      return { token: await abortableWait(joined.promise, signal), joined };
    } finally {
      if (!signal?.aborted) joined.waiters--;
      signal?.removeEventListener('abort', leave);
    }
  }

  /** Serve while refreshing: one background flight per refresh window, none during the back-off after a failure. */
  function refreshInBackground(token: StoredToken): void {
    if (flight || clock() < proactiveBackoffUntil) return;
    if (token.refreshToken === undefined && !grant.reRunnable && !grant.canAcquire()) return; // nothing to refresh with
    const startedAt = clock();
    const f = startFlight({ reason: 'proactive', stale: new Set() }, true);
    emit('backgroundRefreshStarted', { reason: 'proactive' });
    f.promise.then(
      () => emit('backgroundRefreshEnded', { reason: 'proactive', outcome: f.outcome, durationMs: clock() - startedAt }),
      (error: unknown) =>
        emit('backgroundRefreshEnded', {
          reason: 'proactive',
          outcome: 'failed',
          durationMs: clock() - startedAt,
          error: error instanceof Error ? error : new Error('background refresh failed'),
        }),
    );
  }

  /** The held token when it is served without waiting (within the refresh skew a background refresh starts). */
  function tokenAtOnce(now: number): StoredToken | undefined {
    const token = current;
    if (!token || !isValid(token, now)) return undefined;
    if (!isFresh(token, now)) refreshInBackground(token);
    return token;
  }

  async function getTokenSet(getOptions: GetTokenOptions = {}): Promise<StoredToken> {
    const { signal, forceRefresh = false, rejectedToken } = getOptions;
    signal?.throwIfAborted();
    const calledAfter = flightSeq;
    for (let round = 0; ; round++) {
      const token = current;
      const now = clock();
      const rejected = rejectedToken !== undefined && token?.accessToken === rejectedToken;
      const atOnce = forceRefresh || rejected ? undefined : tokenAtOnce(now);
      if (atOnce) return atOnce;
      if (forceRefresh && flight && flight.seq <= calledAfter) {
        // item 11: a forced refresh wants a token obtained after its call; let the running flight (which may be
        // spending the refresh token) finish first, then start one
        await abortableWait(flight.promise.catch(noop), signal);
        continue;
      }
      const reason: RefreshReason = forceRefresh ? 'forced' : rejected ? 'unauthorized' : !token ? 'initial' : 'expired';
      const stale = new Set<string>();
      if (rejectedToken !== undefined) stale.add(rejectedToken);
      if (forceRefresh && token) stale.add(token.accessToken);
      const { token: result, joined } = await join({ reason, stale }, signal);
      const superseded = joined.generation !== generation; // item 6: cleared or revoked meanwhile
      const again = superseded || (rejectedToken !== undefined && result.accessToken === rejectedToken);
      if (!again || round >= 2) {
        if (superseded) throw new ReauthenticationRequiredError('the token was cleared while it was being refreshed', { code: 'token_cleared' });
        return result;
      }
    }
  }

  async function revokeTokens(token: StoredToken, signal?: AbortSignal): Promise<void> {
    const revokeToken = grant.revoke?.bind(grant);
    if (!revokeToken) return;
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new TokenRequestError('revocation timed out', { code: 'token_request_timeout', outcome: 'unknown' })),
      tokenRequestTimeoutMs,
    );
    const context: GrantRequestContext = { fetch: fetchImpl, signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal };
    try {
      if (token.refreshToken) await revokeToken(token.refreshToken, 'refresh_token', context);
      await revokeToken(token.accessToken, 'access_token', context);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Starts a new generation: nothing obtained by a flight already running will be stored or served. */
  function forget(revoked: boolean): void {
    generation += 1;
    if (flight) flight.revoked ||= revoked;
    flight = undefined;
    current = undefined;
    proactiveBackoffUntil = 0;
  }

  const manager: TokenManager = {
    storeKey,
    getTokenSet,
    async getToken(getOptions) {
      return (await getTokenSet(getOptions)).accessToken;
    },
    refresh(refreshOptions) {
      return getTokenSet({ ...refreshOptions, forceRefresh: true });
    },
    hasRefreshCapability() {
      return grant.reRunnable || current?.refreshToken !== undefined || (grant.grantType === 'refresh_token' && grant.canAcquire());
    },
    async expire() {
      const base = current ?? (await storeGet());
      if (!base) return;
      const expired: StoredToken = { ...base, expiresAt: Math.min(base.expiresAt, clock() - 1) };
      current = expired;
      proactiveBackoffUntil = 0;
      await storeWrite(base, expired);
    },
    async clear() {
      forget(false);
      try {
        await store?.delete(storeKey);
      } catch (error) {
        storeFailure('delete', error);
      }
    },
    on(name, listener) {
      return emitter.on(name, listener);
    },
    tokenIfReady() {
      return tokenAtOnce(clock())?.accessToken;
    },
    emitRequestEvent(name, event) {
      emitter.emit(name, event);
    },
  };
  if (grant.revoke) {
    manager.revoke = async (revokeOptions) => {
      const base = current ?? (await storeGet());
      forget(true);
      try {
        if (base) await revokeTokens(base, revokeOptions?.signal);
      } finally {
        await manager.clear();
      }
    };
  }
  return manager;
}
