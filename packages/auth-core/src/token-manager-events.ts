/** Why a token was (re)acquired. */
export type RefreshReason = 'initial' | 'proactive' | 'expired' | 'unauthorized' | 'forced';

/**
 * Event payloads. None carries a token, secret or Authorization header; URLs have sensitive query values redacted.
 */
export interface TokenManagerEvents {
  /** A new token was obtained from the token endpoint (not emitted when one is adopted from a shared store). */
  tokenRefreshed: { reason: RefreshReason; expiresAt: number; hasRefreshToken: boolean };
  /** A token request failed (after its retries). `error` is one of this package's errors. */
  refreshFailed: { reason: RefreshReason; error: Error };
  /** A request (token endpoint or API) is about to be retried after `delayMs`. `attempt` starts at 1. */
  retry: { attempt: number; delayMs: number; status?: number; method: string; url: string; source: 'token' | 'request' };
  /** An API request got a 429 and will wait `retryAfterMs` before retry `attempt`. */
  rateLimited: { retryAfterMs: number; attempt: number; method: string; url: string };
  /** The token store failed; the manager carried on with its in-process copy. */
  storeError: { operation: 'get' | 'set' | 'delete' | 'tryLock' | 'release'; error: Error };
}

export type TokenManagerEventName = keyof TokenManagerEvents;
export type TokenManagerListener<K extends TokenManagerEventName> = (event: TokenManagerEvents[K]) => void;
