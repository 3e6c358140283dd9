/**
 * Token manager events: names, payload types, and the emitter behind `tokenManager.on()`. authMiddleware reports its
 * `retry` and `rateLimited` events through the manager it was given (`TokenManager.emitRequestEvent`).
 */

/**
 * How one attempt (an API send or a token request) ended: an HTTP response of any status, a failure before a response
 * (connection refused/reset, DNS, TLS), a timeout, or the caller's abort.
 */
export type AttemptOutcome = 'response' | 'network_error' | 'timeout' | 'aborted';

/** Why a token was (re)acquired. */
export type RefreshReason = 'initial' | 'proactive' | 'expired' | 'unauthorized' | 'forced';

/**
 * Event payloads. None carries a token, secret or Authorization header; URLs have sensitive query values redacted.
 */
export interface TokenManagerEvents {
  /** A new token was obtained from the token endpoint (not emitted when one is adopted from a shared store). */
  tokenRefreshed: { reason: RefreshReason; expiresAt: number; hasRefreshToken: boolean };
  /**
   * A token request failed (after its retries), or another process's did while this one waited for it. `error` is
   * one of this package's errors. `validUntil` is set when the current access token is still valid and keeps being
   * served until then (a failed proactive refresh, `invalid_grant` included).
   */
  refreshFailed: { reason: RefreshReason; error: Error; validUntil?: number };
  /** A refresh started in the background while callers keep using the still-valid token (the refresh window). */
  backgroundRefreshStarted: { reason: RefreshReason };
  /**
   * A background refresh ended: `refreshed` (this process obtained a token), `adopted` (another process had stored a
   * fresh one), or `failed` (`error` says why; the still-valid token keeps being served and `refreshFailed` fired).
   */
  backgroundRefreshEnded: { reason: RefreshReason; outcome: 'refreshed' | 'adopted' | 'failed'; durationMs: number; error?: Error };
  /**
   * Something worked around but worth a look: `invalid_expires_in` (the token response's `expires_in` was not a
   * positive whole number; `defaultTokenLifetimeMs` was used), `lease_lost` (a lease expired while its holder was
   * still refreshing; compare-and-set kept the store consistent), `store_unavailable` (the shared store could not
   * grant a lease, so a single-use credential was not spent; see the README).
   */
  warning: { code: 'invalid_expires_in' | 'lease_lost' | 'store_unavailable'; message: string };
  /** A request (token endpoint or API) is about to be retried after `delayMs`. `attempt` starts at 1. */
  retry: { attempt: number; delayMs: number; status?: number; method: string; url: string; source: 'token' | 'request' };
  /** An API request got a 429 and will wait `retryAfterMs` before retry `attempt`. */
  rateLimited: { retryAfterMs: number; attempt: number; method: string; url: string };
  /**
   * One token endpoint attempt ended (every attempt, retries included). `status` is the HTTP status when one arrived;
   * `code` the OAuth error or this package's error code when it failed; `url` has no query string.
   */
  tokenRequest: {
    grantType: string;
    attempt: number;
    url: string;
    startedAt: number;
    durationMs: number;
    outcome: AttemptOutcome;
    status?: number;
    code?: string;
  };
  /** The token store failed; the manager carried on with its in-process copy. */
  storeError: { operation: 'get' | 'set' | 'delete' | 'tryLock' | 'release'; error: Error };
}

export type TokenManagerEventName = keyof TokenManagerEvents;
export type TokenManagerListener<K extends TokenManagerEventName> = (event: TokenManagerEvents[K]) => void;

/** Subscribing (public, as `TokenManager.on`) and emitting (internal: the token manager and authMiddleware). */
export interface TokenManagerEmitter {
  on<K extends TokenManagerEventName>(name: K, listener: TokenManagerListener<K>): () => void;
  emit<K extends TokenManagerEventName>(name: K, event: TokenManagerEvents[K]): void;
}

/** A platform `Event` carrying one payload of {@link TokenManagerEvents}. */
class TokenManagerEvent extends Event {
  constructor(
    type: TokenManagerEventName,
    readonly payload: unknown,
  ) {
    super(type);
  }
}

/**
 * The platform's `EventTarget` with typed payloads: listeners run synchronously, in subscription order, and the same
 * listener subscribed twice to one event runs once. A listener that throws is ignored (EventTarget would report it
 * as an uncaught exception), so a listener can never break token handling or a request.
 */
export function createTokenManagerEmitter(): TokenManagerEmitter {
  const target = new EventTarget();
  /** The EventTarget listener made for each (event, listener), so that re-subscribing and unsubscribing find it. */
  const wrappers = new Map<TokenManagerEventName, WeakMap<object, (event: Event) => void>>();
  return {
    on(name, listener) {
      let byListener = wrappers.get(name);
      if (!byListener) wrappers.set(name, (byListener = new WeakMap()));
      let wrapper = byListener.get(listener);
      if (!wrapper) {
        wrapper = (event) => {
          try {
            listener((event as TokenManagerEvent).payload as TokenManagerEvents[typeof name]);
          } catch {
            // listeners must not break token handling
          }
        };
        byListener.set(listener, wrapper);
      }
      const subscribed = wrapper;
      target.addEventListener(name, subscribed);
      return () => target.removeEventListener(name, subscribed);
    },
    emit(name, event) {
      target.dispatchEvent(new TokenManagerEvent(name, event));
    },
  };
}
