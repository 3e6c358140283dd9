/**
 * Where a token manager shares its token. Without one the manager holds its token itself (no store code is bundled);
 * `@ccaas/token-store-redis` shares one token (and one refresh) across processes. Keys never contain secrets: they are built from the
 * grant type, client id, scope (and, for the password grant, the username) or chosen by the caller.
 *
 * Only `get`, `set` and `delete` are required. The optional members make a shared store safe with rotating refresh
 * tokens; a custom store without them still works, with the weaker guarantees listed in the README ("Custom stores").
 */
export interface StoredToken {
  accessToken: string;
  tokenType: string;
  /** Epoch milliseconds at which the access token stops being valid (from `expires_in` and the manager's clock). */
  expiresAt: number;
  /** Epoch milliseconds at which the request that obtained the token was sent. "Newer" means a larger value. */
  obtainedAt: number;
  refreshToken?: string;
  scope?: string;
  idToken?: string;
}

/** What a lock holder reports when its token request failed, so that waiters fail at once instead of retrying. */
export interface TokenStoreLockFailure {
  /** The error code (`invalid_grant`, `token_endpoint_error`, ...). Never a token or a secret. */
  code: string;
  /** True when the failure needs a new login or new credentials (`ReauthenticationRequiredError`). */
  reauthenticate: boolean;
  status?: number;
}

/** A held lease on a key's refresh. */
export interface TokenStoreLock {
  /**
   * Releases the lease, only if this holder still has it. With `failure`, waiters learn that the holder's token
   * request failed (see {@link TokenStore.lockState}).
   */
  release(failure?: TokenStoreLockFailure): Promise<void>;
  /**
   * Renews the lease for `ttlMs` from now while its holder works. Resolves `false` when the lease was lost (it
   * expired and another holder may have it). The manager calls it every `lockTtlMs / 3` during a token request.
   */
  extend?(ttlMs: number): Promise<boolean>;
  /**
   * True when the store could not reach its shared backend and this lock excludes only callers in this process.
   * The manager then never spends a single-use credential (see the README, "Shared stores and rotating refresh
   * tokens").
   */
  readonly localOnly?: boolean;
}

/** The state of a key's lease as waiters see it. */
export interface TokenStoreLockState {
  /** Someone holds the lease (or the store asks waiters to keep waiting, e.g. right after an outage). */
  held: boolean;
  /** The failure the last holder reported when it released, with the epoch ms at which it did. */
  failure?: TokenStoreLockFailure & { at: number };
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
   * Optional compare-and-set: writes `token` unless the store holds a different token that is neither `token`
   * itself nor `expected` (the token this one was refreshed from) and was obtained later (`obtainedAt`). Resolves the
   * token the store holds afterwards: `token` when it was written, the newer one otherwise. Without it the manager
   * uses `set` (last writer wins).
   */
  compareAndSet?(key: string, expected: StoredToken | undefined, token: StoredToken, ttlMs: number): Promise<StoredToken>;
  /**
   * Optional: deletes the entry only while it still holds `expected` (the same access token). The manager calls it
   * when the token endpoint rejected `expected`'s refresh token (`invalid_grant`), so that a newer token another
   * process stored meanwhile survives. Without it the manager reads and compares first (a small race remains).
   */
  compareAndDelete?(key: string, expected: StoredToken): Promise<boolean>;
  /**
   * Optional cross-process single flight. Resolves a lease when this caller may refresh, `undefined` when another
   * holder has it (the manager then waits for a fresh token in the store, the lease's release, or its holder's
   * failure; see {@link TokenStore.lockState}). Needs {@link TokenStore.refreshLease}.
   */
  tryLock?(key: string, ttlMs: number): Promise<TokenStoreLock | undefined>;
  /**
   * Required with `tryLock`: the lease protocol the token manager runs with it, `refreshLease` from @ccaas/auth-core/platform
   * (`{ ...myStore, refreshLease }`). It lives on the store so that clients without a shared store do not bundle it.
   */
  readonly refreshLease?: RefreshLease;
  /**
   * Optional, with `tryLock`: whether the lease is held and the failure its last holder reported. Lets waiters try
   * the lease again the moment it is released, and fail at once with the holder's failure, instead of waiting
   * `lockTtlMs` per round.
   */
  lockState?(key: string): Promise<TokenStoreLockState>;
}

// ---- the lease protocol's contract (implemented by refresh-lease.ts, carried by a store as `refreshLease`) ----

/** A lease this flight holds: renewed every third of its TTL until it is released. */
export interface HeldLease {
  /** The store's lock excludes only this process (its shared backend is down): no single-use credential may be spent. */
  readonly localOnly: boolean;
  /**
   * Stops renewing and releases the lease; later calls do nothing. With the error of a failed token request, waiters
   * learn its code and status (never a message or a token).
   */
  release(error?: unknown): Promise<void>;
}

export interface LeaseOutcome {
  /** The lease: this flight may send a token request, starting from `stored`. */
  lease?: HeldLease;
  /** What the store held once the lease was ours (the last holder may have rotated the refresh token just before). */
  stored?: StoredToken;
  /** A fresh token another holder stored while we waited: no request needed. */
  token?: StoredToken;
}

export interface AcquireLeaseOptions {
  /** A store with `tryLock`. */
  store: TokenStore;
  storeKey: string;
  lockTtlMs: number;
  lockPollIntervalMs: number;
  /** Longest wait for another holder's token, release or failure. */
  maxWaitMs: number;
  clock: () => number;
  /** The grant spends single-use credentials (authorization code, refresh token grants): a local-only lease won't do. */
  needsSharedLease: boolean;
  /**
   * Whether a still-valid token can be served meanwhile. A store that cannot grant a shared lease then ends the wait
   * at once with `token_store_unavailable` (nothing spent); without one, the flight refreshes under a local lease.
   */
  servable(): boolean;
  /** Aborted when nobody waits for the flight any more (before anything was sent). */
  signal: AbortSignal;
  /** Reads the store (a failed read resolves undefined). */
  readStore(): Promise<StoredToken | undefined>;
  /** Whether the flight may adopt `token` instead of requesting one (fresh, and not the token it must replace). */
  acceptable(token: StoredToken | undefined): boolean;
  /** A failed `tryLock`, lease renewal (`tryLock` too) or release; never fails the flight. */
  onStoreError(operation: 'tryLock' | 'release', error: unknown): void;
  onWarning(code: 'store_unavailable' | 'lease_lost', message: string): void;
}

/** The lease protocol the token manager runs with a store's `tryLock`/`lockState` (see {@link TokenStore.refreshLease}). */
export interface RefreshLease {
  /**
   * Waits until the flight holds the lease (renewed until it is released) or can adopt a fresh token from the store;
   * rejects with the failure another holder reported, when the wait is over, or (`token_store_unavailable`) when the
   * store cannot grant a shared lease while the still-valid token can be served meanwhile.
   */
  acquire(options: AcquireLeaseOptions): Promise<LeaseOutcome>;
}

/** True when `a` and `b` are the same token (same access token; the rest may have been rewritten). */
export function sameToken(a: StoredToken | undefined, b: StoredToken | undefined): boolean {
  return a !== undefined && b !== undefined && a.accessToken === b.accessToken;
}

/** The compare-and-set rule every store applies (see {@link TokenStore.compareAndSet}). */
export function shouldReplace(stored: StoredToken | undefined, expected: StoredToken | undefined, token: StoredToken): boolean {
  return stored === undefined || sameToken(stored, token) || sameToken(stored, expected) || stored.obtainedAt <= token.obtainedAt;
}

/**
 * A Map in this process, with compare-and-set: what a manager without a store behaves like. It has no lease: share a
 * manager, not the store.
 */
export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, { token: StoredToken; expiresAt: number }>();
  const read = (key: string) => {
    const entry = tokens.get(key);
    if (entry && Date.now() >= entry.expiresAt) tokens.delete(key);
    return tokens.get(key)?.token;
  };
  const write = (key: string, token: StoredToken, ttlMs: number) => {
    tokens.set(key, { token: { ...token }, expiresAt: Date.now() + Math.max(1, ttlMs) });
  };
  return {
    async get(key) {
      const token = read(key);
      return token && { ...token };
    },
    async set(key, token, ttlMs) {
      write(key, token, ttlMs);
    },
    async delete(key) {
      tokens.delete(key);
    },
    async compareAndSet(key, expected, token, ttlMs) {
      const stored = read(key);
      if (!shouldReplace(stored, expected, token)) return { ...stored! };
      write(key, token, ttlMs);
      return { ...token };
    },
    async compareAndDelete(key, expected) {
      if (!sameToken(read(key), expected)) return false;
      tokens.delete(key);
      return true;
    },
  };
}
