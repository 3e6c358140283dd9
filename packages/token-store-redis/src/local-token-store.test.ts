import { describe, expect, it } from 'vitest';
import { createLocalTokenStore } from './local-token-store.js';

describe('createLocalTokenStore (the in-process fallback)', () => {
  it('forgets an entry once its TTL has passed', () => {
    let now = 1_000;
    const store = createLocalTokenStore(() => now);
    store.set('k', { accessToken: 'a', tokenType: 'Bearer', obtainedAt: now, expiresAt: now + 500 }, 500);
    now += 499;
    expect(store.get('k')?.accessToken).toBe('a');
    now += 1;
    expect(store.get('k')).toBeUndefined();
  });

  it('holds a lock until it is released or its TTL passes, and a stale holder cannot release a newer lock', async () => {
    let now = 0;
    const store = createLocalTokenStore(() => now);
    const first = store.tryLock('k', 100);
    expect(first).toBeDefined();
    expect(store.tryLock('k', 100)).toBeUndefined();
    now = 100;
    const second = store.tryLock('k', 100);
    expect(second).toBeDefined();
    await first!.release();
    expect(store.tryLock('k', 100)).toBeUndefined();
    await second!.release();
    expect(store.tryLock('k', 100)).toBeDefined();
  });

  it('hands out copies, so callers cannot change the stored token', () => {
    const store = createLocalTokenStore();
    store.set('k', { accessToken: 'a', tokenType: 'Bearer', obtainedAt: 0, expiresAt: Date.now() + 10_000 }, 10_000);
    const copy = store.get('k')!;
    copy.accessToken = 'changed';
    expect(store.get('k')?.accessToken).toBe('a');
  });
});
