/**
 * Invalid options, thrown synchronously by `createRedisTokenStore`. Same fields as every @ccaas error
 * (`code`, `status`, `correlationId`); messages never include the Redis URL, its password or a key.
 */
export class RedisTokenStoreConfigurationError extends Error {
  readonly code = 'configuration';
  readonly status: number | undefined = undefined;
  readonly correlationId: string | undefined = undefined;

  constructor(message: string) {
    super(`[@ccaas/token-store-redis] ${message}`);
    this.name = 'RedisTokenStoreConfigurationError';
  }
}
