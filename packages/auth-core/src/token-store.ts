/**
 * Where a token manager keeps its token. The in-memory store is the default; `@ccaas/token-store-redis`
 * shares one token (and one refresh) across processes. Keys never contain secrets: they are built from the
 * grant type, client id, scope and an optional caller-chosen namespace.
 */
export interface StoredToken {
  accessToken: string;
  tokenType: string;
  /** Epoch milliseconds at which the access token stops being valid (from `expires_in` and the manager's clock). */
  expiresAt: number;
  /** Epoch milliseconds at which the token was obtained. */
  obtainedAt: number;
  refreshToken?: string;
  scope?: string;
  idToken?: string;
}

/** A held lock; `release()` must only release the lock if it is still held by this holder. */
export interface TokenStoreLock {
  release(): Promise<void>;
}

export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  /**
   * `ttlMs` is how long the entry stays useful; stores may expire the entry after it. The manager passes the access
   * token's remaining lifetime, or a longer TTL (7 days) when the entry holds a refresh token.
   */
  set(key: string, token: StoredToken, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Optional cross-process single flight. Resolves a lock when this caller may refresh, `undefined` when another
   * holder has it (the manager then polls `get` until a fresh token appears or the lock's TTL passes).
   */
  tryLock?(key: string, ttlMs: number): Promise<TokenStoreLock | undefined>;
}

/** The default store: a Map in this process. */
export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, StoredToken>();
  return {
    async get(key) {
      return tokens.get(key);
    },
    async set(key, token) {
      tokens.set(key, token);
    },
    async delete(key) {
      tokens.delete(key);
    },
  };
}
