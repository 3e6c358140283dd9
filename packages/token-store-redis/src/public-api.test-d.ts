import type { RateBudget, RateLimitOptions, TokenStore, TokenStoreLock } from '@ccaas/auth-core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createRedisRateBudget,
  createRedisTokenStore,
  type RedisRateBudget,
  type RedisTokenStore,
  type RedisTokenStoreOptions,
  type RedisTokenStoreWarning,
} from './index.js';

describe('public API types', () => {
  it('is an auth-core TokenStore with a required tryLock', () => {
    expectTypeOf(createRedisTokenStore).returns.toEqualTypeOf<RedisTokenStore>();
    expectTypeOf<RedisTokenStore>().toExtend<TokenStore>();
    expectTypeOf<RedisTokenStore['tryLock']>().returns.toEqualTypeOf<Promise<TokenStoreLock | undefined>>();
  });

  it('takes a warning listener and an encryption key in the options', () => {
    expectTypeOf<RedisTokenStoreOptions['onWarning']>().toEqualTypeOf<
      ((warning: RedisTokenStoreWarning) => void) | undefined
    >();
    expectTypeOf<RedisTokenStoreWarning['code']>().toEqualTypeOf<'redis_unavailable' | 'write_rejected' | 'token_unreadable'>();
    expectTypeOf<{ url: string; encryptionKey: Uint8Array }>().toExtend<RedisTokenStoreOptions>();
  });

  it('createRedisRateBudget is an auth-core RateBudget for rateLimit.budget, built on a token store', () => {
    expectTypeOf(createRedisRateBudget).returns.toEqualTypeOf<RedisRateBudget>();
    expectTypeOf<RedisRateBudget>().toExtend<RateBudget>();
    expectTypeOf<RedisRateBudget>().toExtend<NonNullable<RateLimitOptions['budget']>>();
    expectTypeOf<RedisRateBudget['mode']>().toEqualTypeOf<'redis' | 'fallback'>();
    expectTypeOf<{ store: RedisTokenStore }>().toExtend<Parameters<typeof createRedisRateBudget>[0]>();
  });
});
