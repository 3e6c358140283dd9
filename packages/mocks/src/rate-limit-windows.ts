/**
 * A platform rate limit as the simulated platforms apply it: fixed windows of the mock's clock, counted per key (the
 * OAuth client the bearer token belongs to, the way Genesys Cloud counts requests per client/token), every request
 * counted (also those answered 429). The window's state is what Genesys reports in `inin-ratelimit-*`.
 */

export interface RateLimitSpec {
  /** Requests one key may make per window. */
  requestsPerWindow: number;
  /** Window length in seconds (windows start at whole multiples of it on the mock's clock). */
  windowSeconds: number;
}

/** One key's window after counting a request. */
export interface RateLimitWindowState {
  limit: number;
  /** Requests counted in the window, this one included. */
  count: number;
  /** Whole seconds (rounded up, at least 1) until the window resets: `inin-ratelimit-reset` and `Retry-After`. */
  resetSeconds: number;
  /** The count is over the limit: the request gets a 429. */
  exceeded: boolean;
}

export interface RateLimitWindows {
  readonly spec: RateLimitSpec;
  /** Counts one request of `key` and returns its window. */
  hit(key: string): RateLimitWindowState;
}

export function createRateLimitWindows(spec: RateLimitSpec, clock: () => number): RateLimitWindows {
  if (!(spec.requestsPerWindow > 0) || !(spec.windowSeconds > 0)) {
    throw new RangeError('[@ccaas/mocks] a rate limit needs requestsPerWindow > 0 and windowSeconds > 0');
  }
  const windowMs = spec.windowSeconds * 1000;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    spec,
    hit(key) {
      const now = clock();
      const start = Math.floor(now / windowMs) * windowMs;
      let window = windows.get(key);
      if (!window || window.start !== start) {
        window = { start, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return {
        limit: spec.requestsPerWindow,
        count: window.count,
        resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
        exceeded: window.count > spec.requestsPerWindow,
      };
    },
  };
}
