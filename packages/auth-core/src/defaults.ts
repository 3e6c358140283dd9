/** Every default of @ccaas/auth-core in one place (the README options tables mirror this object). */
export const authCoreDefaults = {
  tokenManager: {
    /** Refresh this long before expiry; the effective skew is min(5 min, 10% of the token lifetime). */
    refreshSkewMs: 300_000,
    /** Fraction of the lifetime used when it is shorter than `refreshSkewMs`. */
    refreshSkewFraction: 0.1,
    tokenRequestTimeoutMs: 10_000,
    /** Retries of a token request after 5xx/429/timeout/network failures. */
    tokenRequestRetries: 2,
    tokenRetryBaseDelayMs: 250,
    tokenRetryMaxDelayMs: 5_000,
    /** Lifetime assumed when the token response has no `expires_in`. */
    defaultTokenLifetimeMs: 3_600_000,
    /** After a failed proactive refresh the still-valid token is used for this long before trying again. */
    proactiveRetryBackoffMs: 5_000,
    /** Cross-process lock TTL (`store.tryLock`) and the longest wait for another holder's refresh per round. */
    lockTtlMs: 30_000,
    lockPollIntervalMs: 100,
    /** Lock rounds (wait for the holder, then try the lock again) before giving up with `token_lock_timeout`. */
    lockRounds: 3,
    /** Store TTL of an entry that holds a refresh token (it outlives the access token). */
    refreshTokenStoreTtlMs: 7 * 24 * 3_600_000,
  },
  middleware: {
    maxRetries: 3,
    baseDelayMs: 500,
    /** Longest single wait; a Retry-After beyond it fails fast with RateLimitError. */
    maxDelayMs: 60_000,
    /** Budget of all waits of one request. */
    maxTotalWaitMs: 120_000,
    retryOnStatuses: [502, 503, 504] as readonly number[],
    /** A 429's Retry-After holds back every request of the same client until it has passed. */
    pauseOnRateLimit: true,
    idempotentMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'] as readonly string[],
    correlationIdHeaders: ['inin-correlation-id', 'x-correlation-id', 'x-request-id', 'request-id'] as readonly string[],
  },
} as const;
