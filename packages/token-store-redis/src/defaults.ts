/** Every default of @ccaas/token-store-redis in one place (the README options table mirrors this object). */
export const redisTokenStoreDefaults = {
  /** Prepended to every Redis key: `<keyPrefix>token:<store key>` and `<keyPrefix>lock:<store key>`. */
  keyPrefix: 'ccaas:token-store:',
  /** A Redis command that has not answered after this long counts as "Redis unavailable". */
  operationTimeoutMs: 1_000,
  /** After a failure, Redis is left alone (in-process fallback) for this long before it is tried again. */
  retryUnavailableAfterMs: 5_000,
  /** Longest wait of `close()` for a graceful QUIT before the connection is dropped. */
  closeTimeoutMs: 1_000,
} as const;
