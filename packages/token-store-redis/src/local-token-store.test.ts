import type { StoredToken } from '@ccaas/auth-core';
import { describe, expect, it } from 'vitest';
import { createLocalTokenStore } from './local-token-store.js';

const token = (accessToken: string, now = 0): StoredToken => ({ accessToken, tokenType: 'Bearer', obtainedAt: now, expiresAt: now + 10_000 });

describe('createLocalTokenStore (the in-process side of the Redis store)', () => {
  it('forgets an entry once its TTL has passed', () => {
    let now = 1_000;
    const store = createLocalTokenStore(10, () => now);
    store.set('k', { token: token('a', now), expiresAt: now + 500 });
    now += 499;
    expect(store.get('k')?.token.accessToken).toBe('a');
    now += 1;
    expect(store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the least recently used first and unconfirmed writes last', () => {
    const store = createLocalTokenStore(3, () => 0);
    store.set('pending', { token: token('p'), expiresAt: 1_000, pending: { expected: undefined, ttlMs: 1_000 } });
    for (const key of ['a', 'b', 'c']) store.set(key, { token: token(key), expiresAt: 1_000 });
    expect(store.entries().map(([key]) => key)).toEqual(['pending', 'b', 'c']);
    store.get('b'); // used: moves behind c
    store.set('d', { token: token('d'), expiresAt: 1_000 });
    expect(store.entries().map(([key]) => key)).toEqual(['pending', 'b', 'd']);
    expect(store.pendingCount).toBe(1);
  });

  it('holds a local-only lock until it is released or its TTL passes, and a stale holder cannot release a newer lock', async () => {
    let now = 0;
    const store = createLocalTokenStore(10, () => now);
    const first = store.tryLock('k', 100);
    expect(first?.localOnly).toBe(true);
    expect(store.tryLock('k', 100)).toBeUndefined();
    now = 100;
    const second = store.tryLock('k', 100);
    expect(second).toBeDefined();
    expect(await first!.extend!(100)).toBe(false);
    await first!.release();
    expect(store.tryLock('k', 100)).toBeUndefined();
    await second!.release();
    expect(store.tryLock('k', 100)).toBeDefined();
  });
});
