import type { StoredToken, TokenStoreLock } from '@ccaas/auth-core';

/** The in-process side of the Redis store: a mirror of what this process wrote, and the store during an outage. */
export interface LocalTokenStore {
  get(key: string): StoredToken | undefined;
  set(key: string, token: StoredToken, ttlMs: number): void;
  delete(key: string): void;
  tryLock(key: string, ttlMs: number): TokenStoreLock | undefined;
}

/** Creates the in-process store; entries and locks expire after their TTL (checked on access, no timers). */
export function createLocalTokenStore(clock: () => number = Date.now): LocalTokenStore {
  const tokens = new Map<string, { token: StoredToken; expiresAt: number }>();
  const locks = new Map<string, { holder: object; expiresAt: number }>();
  return {
    get(key) {
      const entry = tokens.get(key);
      if (!entry) return undefined;
      if (clock() >= entry.expiresAt) {
        tokens.delete(key);
        return undefined;
      }
      return { ...entry.token };
    },
    set(key, token, ttlMs) {
      tokens.set(key, { token: { ...token }, expiresAt: clock() + ttlMs });
    },
    delete(key) {
      tokens.delete(key);
    },
    tryLock(key, ttlMs) {
      const now = clock();
      const held = locks.get(key);
      if (held && now < held.expiresAt) return undefined;
      const holder = {};
      locks.set(key, { holder, expiresAt: now + ttlMs });
      return {
        async release() {
          if (locks.get(key)?.holder === holder) locks.delete(key);
        },
      };
    },
  };
}
