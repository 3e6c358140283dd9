import { ConfigurationError, ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import {
  attachEmitter,
  createTokenManagerEmitter,
  type RefreshReason,
  type TokenManagerEventName,
  type TokenManagerListener,
} from './events.js';
import type { FetchLike, Grant, GrantRequestContext, TokenEndpointResult } from './grants.js';
import { authCoreDefaults, nonNegativeOption } from './options.js';
import { sanitizedCause } from './redaction.js';
import { abortableSleep, abortableWait, anySignal, fullJitterBackoffMs } from './retry-policy.js';
import { createMemoryTokenStore, type StoredToken, type TokenStore, type TokenStoreLock } from './token-store.js';

export interface TokenManagerOptions {
  grant: Grant;
  /** Where the token lives; default: a new in-memory store. A store with `tryLock` gives cross-process single flight. */
  store?: TokenStore;
  /** Store key; default `ccaas:auth:<grant type>:<client id>:<scope>`. Use a per-user key for code/refresh grants in a shared store. */
  storeKey?: string;
  /** Refresh a token this long before it expires; default min(5 min, 10% of its lifetime). Capped at half the lifetime. */
  refreshSkewMs?: number;
  /** Epoch milliseconds; default `Date.now`. */
  clock?: () => number;
  /** Fetch used for token requests; default looks up `globalThis.fetch` at call time. */
  fetch?: FetchLike;
  /** Per token request attempt; default 10 000. */
  tokenRequestTimeoutMs?: number;
  /** Retries after 5xx/429/timeout/network failures of the token endpoint; default 2. */
  tokenRequestRetries?: number;
  /** Cross-process lock TTL; default 30 000. */
  lockTtlMs?: number;
  /** How often to poll the store while another process holds the lock; default 100. */
  lockPollIntervalMs?: number;
  /** Lifetime assumed when a token response has no `expires_in`; default 1 hour. */
  defaultTokenLifetimeMs?: number;
  /** Random source in [0, 1) for retry jitter; default `Math.random`. */
  random?: () => number;
}

export interface GetTokenOptions {
  /** Ends this caller's wait immediately with the abort reason (the shared token request continues for others). */
  signal?: AbortSignal;
  /** Obtain a new token even if the current one is still fresh. */
  forceRefresh?: boolean;
  /**
   * The access token the server just rejected with 401. The manager refreshes unless its current token already
   * differs (another caller refreshed), so any number of concurrent 401s cause one token request.
   */
  rejectedToken?: string;
}

export interface TokenManager {
  /** A valid access token, refreshing first when it is missing, expired, or within the refresh skew. */
  getToken(options?: GetTokenOptions): Promise<string>;
  /** Like `getToken` with the whole token set (expiry, scope, refresh token, id_token). */
  getTokenSet(options?: GetTokenOptions): Promise<StoredToken>;
  /** Obtains a new token now (`forceRefresh`). */
  refresh(options?: { signal?: AbortSignal }): Promise<StoredToken>;
  /** True when a refresh token is held or the grant can silently be re-run (client credentials, password). */
  hasRefreshCapability(): boolean;
  /** Test helper: marks the current token as expired (keeps its refresh token). */
  expire(): Promise<void>;
  /** Forgets the token (in this process and in the store). */
  clear(): Promise<void>;
  /** Revokes the refresh and access tokens (RFC 7009) and clears; present when the grant has a `revocationEndpoint`. */
  revoke?(options?: { signal?: AbortSignal }): Promise<void>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends TokenManagerEventName>(name: K, listener: TokenManagerListener<K>): () => void;
  /** The store key in use. */
  readonly storeKey: string;
}

interface Trigger {
  reason: RefreshReason;
  /** Access tokens that must not be accepted as the result (the rejected one, or the one a forced refresh replaces). */
  stale: Set<string>;
}

interface Flight {
  promise: Promise<StoredToken>;
  controller: AbortController;
  waiters: number;
}

const defaults = authCoreDefaults.tokenManager;

/** Creates a token manager: proactive refresh, single flight (in process and, with `store.tryLock`, across processes). */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const grant = options?.grant;
  if (!grant || typeof grant.acquire !== 'function' || typeof grant.refresh !== 'function') {
    throw new ConfigurationError('grant is required (use clientCredentialsGrant, passwordGrant, ...)');
  }
  const explicitSkewMs =
    options.refreshSkewMs === undefined ? undefined : nonNegativeOption(options.refreshSkewMs, 'refreshSkewMs', 0);
  const tokenRequestTimeoutMs = nonNegativeOption(
    options.tokenRequestTimeoutMs,
    'tokenRequestTimeoutMs',
    defaults.tokenRequestTimeoutMs,
    false,
  );
  const tokenRequestRetries = Math.floor(
    nonNegativeOption(options.tokenRequestRetries, 'tokenRequestRetries', defaults.tokenRequestRetries),
  );
  const lockTtlMs = nonNegativeOption(options.lockTtlMs, 'lockTtlMs', defaults.lockTtlMs, false);
  const lockPollIntervalMs = nonNegativeOption(
    options.lockPollIntervalMs,
    'lockPollIntervalMs',
    defaults.lockPollIntervalMs,
    false,
  );
  const defaultLifetimeMs = nonNegativeOption(
    options.defaultTokenLifetimeMs,
    'defaultTokenLifetimeMs',
    defaults.defaultTokenLifetimeMs,
    false,
  );
  if (options.clock !== undefined && typeof options.clock !== 'function') {
    throw new ConfigurationError('clock must be a function returning epoch milliseconds');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ConfigurationError('fetch must be a function');
  }
  if (options.storeKey !== undefined && (typeof options.storeKey !== 'string' || options.storeKey === '')) {
    throw new ConfigurationError('storeKey must be a non-empty string');
  }
  const clock = options.clock ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const store = options.store ?? createMemoryTokenStore();
  const storeKey = options.storeKey ?? `ccaas:auth:${grant.description}`;
  const emitter = createTokenManagerEmitter();

  let current: StoredToken | undefined;
  let flight: Flight | undefined;
  let proactiveBackoffUntil = 0;

  function skewFor(token: StoredToken): number {
    const lifetime = Math.max(0, token.expiresAt - token.obtainedAt);
    if (explicitSkewMs !== undefined) return Math.min(explicitSkewMs, lifetime / 2);
    return Math.min(defaults.refreshSkewMs, lifetime * defaults.refreshSkewFraction);
  }

  function isFresh(token: StoredToken, now: number): boolean {
    if (now >= token.expiresAt) return false;
    if (now < token.expiresAt - skewFor(token)) return true;
    return now < proactiveBackoffUntil;
  }

  function acceptable(token: StoredToken | undefined, trigger: Trigger): token is StoredToken {
    return token !== undefined && isFresh(token, clock()) && !trigger.stale.has(token.accessToken);
  }

  function storeFailure(operation: 'get' | 'set' | 'delete' | 'tryLock' | 'release', error: unknown): void {
    emitter.emit('storeError', { operation, error: sanitizedCause(error, []) });
  }

  async function storeGet(): Promise<StoredToken | undefined> {
    try {
      return await store.get(storeKey);
    } catch (error) {
      storeFailure('get', error);
      return undefined;
    }
  }

  async function storeSet(token: StoredToken): Promise<void> {
    const accessTtlMs = Math.max(1, token.expiresAt - clock());
    const ttlMs = token.refreshToken ? Math.max(accessTtlMs, defaults.refreshTokenStoreTtlMs) : accessTtlMs;
    try {
      await store.set(storeKey, token, ttlMs);
    } catch (error) {
      storeFailure('set', error);
    }
  }

  async function storeDelete(): Promise<void> {
    try {
      await store.delete(storeKey);
    } catch (error) {
      storeFailure('delete', error);
    }
  }

  /** Waits for another process's refresh (bounded by lockTtlMs per round), or returns the lock. */
  async function acquireLock(
    trigger: Trigger,
    signal: AbortSignal,
  ): Promise<{ lock?: TokenStoreLock; token?: StoredToken }> {
    for (let round = 0; round < defaults.lockRounds; round++) {
      let lock: TokenStoreLock | undefined;
      try {
        lock = await store.tryLock!(storeKey, lockTtlMs);
      } catch (error) {
        storeFailure('tryLock', error);
        return {};
      }
      if (lock) return { lock };
      for (let waited = 0; waited < lockTtlMs; waited += lockPollIntervalMs) {
        await abortableSleep(lockPollIntervalMs, signal);
        const token = await storeGet();
        if (acceptable(token, trigger)) return { token };
      }
    }
    throw new TokenRequestError(
      `the token lock stayed held for ${defaults.lockRounds} rounds of ${lockTtlMs} ms without a fresh token appearing`,
      { code: 'token_lock_timeout' },
    );
  }

  /** One token request attempt with its own timeout; falls back to re-running the grant when allowed. */
  async function requestOnce(
    base: StoredToken | undefined,
    signal: AbortSignal,
  ): Promise<{ result: TokenEndpointResult; viaRefresh: boolean }> {
    const timeout = new AbortController();
    const timeoutError = new TokenRequestError(`token request timed out after ${tokenRequestTimeoutMs} ms`, {
      code: 'token_request_timeout',
      retryable: true,
    });
    const timer = setTimeout(() => timeout.abort(timeoutError), tokenRequestTimeoutMs);
    const context: GrantRequestContext = { fetch: fetchImpl, signal: anySignal([signal, timeout.signal]) };
    try {
      if (base?.refreshToken) {
        try {
          return { result: await grant.refresh(base.refreshToken, context), viaRefresh: true };
        } catch (error) {
          if (!(error instanceof ReauthenticationRequiredError && grant.reRunnable)) throw error;
          // the refresh token is dead but the grant can mint a new token (client credentials, access key)
        }
      }
      if (grant.canAcquire()) return { result: await grant.acquire(context), viaRefresh: false };
      throw new ReauthenticationRequiredError(
        `no refresh token is available for the ${grant.grantType} grant; a new login is needed`,
        { code: 'no_refresh_token' },
      );
    } catch (error) {
      if (timeout.signal.aborted && !signal.aborted) throw timeoutError;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function requestWithRetries(base: StoredToken | undefined, signal: AbortSignal) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await requestOnce(base, signal);
      } catch (error) {
        if (!(error instanceof TokenRequestError && error.retryable) || attempt >= tokenRequestRetries) throw error;
        if (error.retryAfterMs !== undefined && error.retryAfterMs > defaults.tokenRetryMaxDelayMs) throw error;
        const delayMs =
          error.retryAfterMs ??
          fullJitterBackoffMs(
            attempt,
            { baseDelayMs: defaults.tokenRetryBaseDelayMs, maxDelayMs: defaults.tokenRetryMaxDelayMs },
            random,
          );
        emitter.emit('retry', {
          attempt: attempt + 1,
          delayMs,
          ...(error.status === undefined ? {} : { status: error.status }),
          method: 'POST',
          url: error.url ?? '',
          source: 'token',
        });
        await abortableSleep(delayMs, signal);
      }
    }
  }

  async function obtain(base: StoredToken | undefined, trigger: Trigger, signal: AbortSignal): Promise<StoredToken> {
    const startedAt = clock();
    let response: { result: TokenEndpointResult; viaRefresh: boolean };
    try {
      response = await requestWithRetries(base, signal);
    } catch (error) {
      if (signal.aborted && error === signal.reason) throw error;
      const failure = error instanceof Error ? error : new Error('token request failed');
      if (error instanceof ReauthenticationRequiredError) {
        current = undefined;
        await storeDelete();
      }
      emitter.emit('refreshFailed', { reason: trigger.reason, error: failure });
      if (
        trigger.reason === 'proactive' &&
        error instanceof TokenRequestError &&
        base &&
        clock() < base.expiresAt &&
        !trigger.stale.has(base.accessToken)
      ) {
        // the token is still valid: keep serving it and try again a little later
        proactiveBackoffUntil = clock() + defaults.proactiveRetryBackoffMs;
        current = base;
        return base;
      }
      throw error;
    }
    const { result, viaRefresh } = response;
    const lifetimeMs = result.expiresInSeconds !== undefined ? result.expiresInSeconds * 1000 : defaultLifetimeMs;
    const refreshToken = result.refreshToken ?? (viaRefresh ? base?.refreshToken : undefined);
    const scope = result.scope ?? (viaRefresh ? base?.scope : undefined) ?? grant.scope;
    const idToken = result.idToken ?? (viaRefresh ? base?.idToken : undefined);
    const token: StoredToken = {
      accessToken: result.accessToken,
      tokenType: result.tokenType,
      // measured from the moment the request was sent: a slow response shortens, never lengthens, the lifetime
      expiresAt: startedAt + lifetimeMs,
      obtainedAt: startedAt,
      ...(refreshToken ? { refreshToken } : {}),
      ...(scope ? { scope } : {}),
      ...(idToken ? { idToken } : {}),
    };
    current = token;
    proactiveBackoffUntil = 0;
    await storeSet(token);
    emitter.emit('tokenRefreshed', {
      reason: trigger.reason,
      expiresAt: token.expiresAt,
      hasRefreshToken: token.refreshToken !== undefined,
    });
    return token;
  }

  async function runFlight(trigger: Trigger, signal: AbortSignal): Promise<StoredToken> {
    let stored = await storeGet();
    if (acceptable(stored, trigger)) return (current = stored);
    let lock: TokenStoreLock | undefined;
    if (typeof store.tryLock === 'function') {
      const acquired = await acquireLock(trigger, signal);
      if (acquired.token) return (current = acquired.token);
      lock = acquired.lock;
      if (lock) {
        stored = await storeGet();
        if (acceptable(stored, trigger)) {
          await releaseLock(lock);
          return (current = stored);
        }
      }
    }
    try {
      // the store is the source of truth: another process may have rotated the refresh token
      return await obtain(stored ?? current, trigger, signal);
    } finally {
      if (lock) await releaseLock(lock);
    }
  }

  async function releaseLock(lock: TokenStoreLock): Promise<void> {
    try {
      await lock.release();
    } catch (error) {
      storeFailure('release', error);
    }
  }

  function join(trigger: Trigger, signal: AbortSignal | undefined): Promise<StoredToken> {
    if (!flight || flight.controller.signal.aborted) {
      const controller = new AbortController();
      const started: Flight = { controller, waiters: 0, promise: Promise.resolve(undefined as never) };
      started.promise = runFlight(trigger, controller.signal).finally(() => {
        if (flight === started) flight = undefined;
      });
      started.promise.catch(() => undefined);
      flight = started;
    }
    const joined = flight;
    joined.waiters++;
    if (!signal) return joined.promise;
    const leave = () => {
      joined.waiters--;
      // nobody is waiting any more: stop polling / requesting
      if (joined.waiters === 0) joined.controller.abort(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    return abortableWait(joined.promise, signal).finally(() => signal.removeEventListener('abort', leave));
  }

  async function getTokenSet(getOptions: GetTokenOptions = {}): Promise<StoredToken> {
    const { signal, forceRefresh = false, rejectedToken } = getOptions;
    signal?.throwIfAborted();
    let result: StoredToken | undefined;
    for (let round = 0; round < 2; round++) {
      const token = current;
      const now = clock();
      const rejected = rejectedToken !== undefined && token?.accessToken === rejectedToken;
      if (token && !forceRefresh && !rejected && isFresh(token, now)) return token;
      const reason: RefreshReason = forceRefresh
        ? 'forced'
        : rejected
          ? 'unauthorized'
          : !token
            ? 'initial'
            : now >= token.expiresAt
              ? 'expired'
              : 'proactive';
      const stale = new Set<string>();
      if (rejectedToken !== undefined) stale.add(rejectedToken);
      if (forceRefresh && token) stale.add(token.accessToken);
      result = await join({ reason, stale }, signal);
      // a joined flight may have served the very token that was rejected (e.g. a proactive fallback): go once more
      if (rejectedToken === undefined || result.accessToken !== rejectedToken) return result;
    }
    return result!;
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
      return (
        grant.reRunnable ||
        current?.refreshToken !== undefined ||
        (grant.grantType === 'refresh_token' && grant.canAcquire())
      );
    },
    async expire() {
      const base = current ?? (await storeGet());
      if (!base) return;
      const expired: StoredToken = { ...base, expiresAt: Math.min(base.expiresAt, clock() - 1) };
      current = expired;
      proactiveBackoffUntil = 0;
      await storeSet(expired);
    },
    async clear() {
      current = undefined;
      proactiveBackoffUntil = 0;
      await storeDelete();
    },
    on(name, listener) {
      return emitter.on(name, listener);
    },
  };
  const revokeToken = grant.revoke?.bind(grant);
  if (revokeToken) {
    manager.revoke = async (revokeOptions) => {
      const base = current ?? (await storeGet());
      const timeout = new AbortController();
      const timer = setTimeout(
        () => timeout.abort(new TokenRequestError('revocation timed out', { code: 'token_request_timeout' })),
        tokenRequestTimeoutMs,
      );
      const signals = revokeOptions?.signal ? [revokeOptions.signal, timeout.signal] : [timeout.signal];
      const context: GrantRequestContext = { fetch: fetchImpl, signal: anySignal(signals) };
      try {
        if (base?.refreshToken) await revokeToken(base.refreshToken, 'refresh_token', context);
        if (base) await revokeToken(base.accessToken, 'access_token', context);
      } finally {
        clearTimeout(timer);
        await manager.clear();
      }
    };
  }
  attachEmitter(manager, emitter);
  return manager;
}
