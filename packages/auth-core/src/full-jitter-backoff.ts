export interface BackoffOptions {
  /** Delay ceiling of the first retry (attempt 0); doubles per attempt. */
  baseDelayMs: number;
  /** Upper bound of any single delay. */
  maxDelayMs: number;
}

/**
 * "Full jitter" exponential backoff: a uniformly random delay in `[0, min(maxDelayMs, baseDelayMs * 2^attempt))`.
 * `attempt` counts retries already made (0 for the first retry). `random` must return values in `[0, 1)`.
 */
export function fullJitterBackoffMs(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
}
