/**
 * The token manager's access to its store. A failing store never fails a caller: each failure is reported as a
 * `storeError` event (sanitised) and the manager carries on with its own copy.
 */
import type { TokenManagerEvents } from './events.js';
import { authCoreDefaults } from './options.js';
import { sanitizedCause } from './redaction.js';
import { sameToken, type RefreshLease, type StoredToken, type TokenStore } from './token-store.js';

export type StoreOperation = TokenManagerEvents['storeError']['operation'];

export interface StoreAccess {
  /** The store given to the manager, if any. */
  readonly store: TokenStore | undefined;
  /** The store's lease protocol; present only for a store with `tryLock` (cross-process single flight). */
  readonly leases: RefreshLease | undefined;
  /** What the store holds; undefined without a store or when the read failed. */
  get(): Promise<StoredToken | undefined>;
  /** Writes `token` (refreshed from `expected`) with compare-and-set; resolves what the store holds afterwards. */
  write(expected: StoredToken | undefined, token: StoredToken): Promise<StoredToken>;
  /** Deletes the stored token only while it is still `token`: a newer one from another process survives. */
  deleteIf(token: StoredToken): Promise<void>;
  /** Deletes the stored token, whichever it is. */
  delete(): Promise<void>;
  /** Reports a failed store operation (also used for the lease's `tryLock` and `release`). */
  failed(operation: StoreOperation, error: unknown): void;
}

export interface StoreAccessOptions {
  store: TokenStore | undefined;
  storeKey: string;
  clock: () => number;
  emitStoreError(event: TokenManagerEvents['storeError']): void;
}

export function createStoreAccess(options: StoreAccessOptions): StoreAccess {
  const { store, storeKey, clock } = options;
  const leases = typeof store?.tryLock === 'function' ? store.refreshLease : undefined;

  function failed(operation: StoreOperation, error: unknown): void {
    options.emitStoreError({ operation, error: sanitizedCause(error, []) });
  }

  return {
    store,
    leases,
    failed,
    async get() {
      try {
        return await store?.get(storeKey);
      } catch (error) {
        failed('get', error);
        return undefined;
      }
    },
    async write(expected, token) {
      if (!store) return token;
      const accessTtlMs = Math.max(1, token.expiresAt - clock());
      // an entry with a refresh token stays useful after its access token expired
      const ttlMs = token.refreshToken ? Math.max(accessTtlMs, authCoreDefaults.tokenManager.refreshTokenStoreTtlMs) : accessTtlMs;
      try {
        if (typeof store.compareAndSet === 'function') return await store.compareAndSet(storeKey, expected, token, ttlMs);
        await store.set(storeKey, token, ttlMs);
      } catch (error) {
        failed('set', error);
      }
      return token;
    },
    async deleteIf(token) {
      try {
        if (!store) return;
        if (typeof store.compareAndDelete === 'function') {
          await store.compareAndDelete(storeKey, token);
          return;
        }
        const stored = await store.get(storeKey);
        if (stored === undefined || sameToken(stored, token)) await store.delete(storeKey);
      } catch (error) {
        failed('delete', error);
      }
    },
    async delete() {
      try {
        await store?.delete(storeKey);
      } catch (error) {
        failed('delete', error);
      }
    },
  };
}
