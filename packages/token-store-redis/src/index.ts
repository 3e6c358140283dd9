/**
 * Redis `TokenStore` for @ccaas/auth-core: one token and one refresh across processes.
 *
 * @packageDocumentation
 * @module @ccaas/token-store-redis
 */
export { createRedisTokenStore } from './create-redis-token-store.js';
export { createRedisRateBudget } from './create-redis-rate-budget.js';
export type { RedisRateBudget, RedisRateBudgetOptions } from './create-redis-rate-budget.js';
export type { RedisTokenStore, RedisTokenStoreOptions } from './create-redis-token-store.js';
export type { EncryptionKeyInput } from './token-codec.js';
export type { RedisTokenStoreWarning, RedisTokenStoreWarningCode } from './redis-token-store-warning.js';
export { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
export { RELEASE_LOCK_SCRIPT } from './redis-scripts.js';
export { redisTokenStoreDefaults } from './defaults.js';
