import type { StoredToken, TokenStoreLock } from '@ccaas/auth-core';

/** A write Redis has not confirmed yet: retried (compare-and-set, newest wins) until it is. */
export interface PendingWrite {
  /** The token the written one was refreshed from (the compare-and-set's expected token). */
  expected: StoredToken | undefined;
  ttlMs: number;
}

export interface MirrorEntry {
  token: StoredToken;
  /** Epoch ms after which the entry is dropped (the TTL it was written or read with). */
  expiresAt: number;
  /** The Redis string the token was decoded from: an unchanged entry is not parsed or decrypted again. */
  raw?: string;
  pending?: PendingWrite;
  /** This process wrote the token (rather than only read it): after a reconnection only such entries are written back. */
  written?: true;
}

/**
 * The in-process side of the Redis store: the newest token this process wrote or read per key (what it serves while
 * Redis is down, and writes back when Redis returns), the writes Redis has not confirmed, and in-process locks for
 * outages. Bounded: at most `maxEntries` entries (least recently used go first; unconfirmed writes last), and
 * expired entries are dropped as soon as the earliest expiry has passed. No timers.
 */
export interface LocalTokenStore {
  get(key: string): MirrorEntry | undefined;
  set(key: string, entry: MirrorEntry): void;
  delete(key: string): void;
  /** Unexpired entries, oldest first (a snapshot). */
  entries(): Array<[string, MirrorEntry]>;
  readonly size: number;
  readonly pendingCount: number;
  /** An in-process lock (Redis unavailable): it excludes only callers in this process (`localOnly`). */
  tryLock(key: string, ttlMs: number): TokenStoreLock | undefined;
}

export function createLocalTokenStore(maxEntries: number, clock: () => number = Date.now): LocalTokenStore {
  const mirror = new Map<string, MirrorEntry>();
  const locks = new Map<string, { holder: object; expiresAt: number }>();
  let earliestExpiry = Infinity;
  let pendingCount = 0;

  function remove(key: string): void {
    const entry = mirror.get(key);
    if (!entry) return;
    if (entry.pending) pendingCount -= 1;
    mirror.delete(key);
  }

  function sweep(now: number): void {
    if (now < earliestExpiry) return;
    earliestExpiry = Infinity;
    for (const [key, entry] of mirror) {
      if (now >= entry.expiresAt) remove(key);
      else earliestExpiry = Math.min(earliestExpiry, entry.expiresAt);
    }
    for (const [key, lock] of locks) if (now >= lock.expiresAt) locks.delete(key);
  }

  function evict(): void {
    // least recently used first; an unconfirmed write goes only when nothing else is left to evict
    for (const pass of [false, true]) {
      for (const [key, entry] of mirror) {
        if (mirror.size <= maxEntries) return;
        if (Boolean(entry.pending) === pass) remove(key);
      }
    }
  }

  return {
    get(key) {
      const now = clock();
      sweep(now);
      const entry = mirror.get(key);
      if (!entry) return undefined;
      mirror.delete(key); // most recently used last
      mirror.set(key, entry);
      return entry;
    },
    set(key, entry) {
      const now = clock();
      remove(key);
      if (entry.pending) pendingCount += 1;
      mirror.set(key, entry);
      earliestExpiry = Math.min(earliestExpiry, entry.expiresAt);
      sweep(now);
      evict();
    },
    delete(key) {
      remove(key);
    },
    entries() {
      sweep(clock());
      return [...mirror];
    },
    get size() {
      sweep(clock());
      return mirror.size;
    },
    get pendingCount() {
      return pendingCount;
    },
    tryLock(key, ttlMs) {
      const now = clock();
      sweep(now);
      const held = locks.get(key);
      if (held && now < held.expiresAt) return undefined;
      const holder = {};
      locks.set(key, { holder, expiresAt: now + ttlMs });
      earliestExpiry = Math.min(earliestExpiry, now + ttlMs);
      return {
        localOnly: true,
        async extend(extendMs) {
          const lock = locks.get(key);
          if (lock?.holder !== holder) return false;
          lock.expiresAt = clock() + extendMs;
          return true;
        },
        async release() {
          if (locks.get(key)?.holder === holder) locks.delete(key);
        },
      };
    },
  };
}
