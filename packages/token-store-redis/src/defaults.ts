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
  /** Most tokens kept in this process beside Redis (least recently used go first). */
  localCacheMaxEntries: 1_000,
  /** No lease for this long after Redis came back, so that tokens obtained meanwhile are written back first. */
  recoveryGraceMs: 3_000,
  /** How often writes Redis has not confirmed are tried again (and leases waiting for them renewed). */
  writeBackIntervalMs: 500,
  /** How long a failed holder's failure record stays in its lock key for waiters to read. */
  failureRecordTtlMs: 2_000,
  /** How long a token read from Redis with a refresh token is kept here (auth-core stores such entries for 7 days). */
  mirrorRefreshTokenTtlMs: 7 * 24 * 3_600_000,
  /**
   * How long a delete's tombstone refuses older writes: as long as any process may still hold (and write back) the
   * deleted token, which is how long a token with a refresh token is kept.
   */
  tombstoneTtlMs: 7 * 24 * 3_600_000,
} as const;
