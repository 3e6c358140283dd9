import { sanitizedError } from './sanitized-error.js';

/** The part of an ioredis `Redis` / `Cluster` the availability check reads. */
export interface StatusHolder {
  readonly status: string;
}

/** `rejected`: Redis answered with an error reply (OOM, READONLY, ...): it is up, but did not do what was asked. */
export type RedisOutcome<T> = { ok: true; value: T } | { ok: false; rejected?: true };

export interface RedisAvailabilityOptions {
  client: StatusHolder;
  operationTimeoutMs: number;
  retryUnavailableAfterMs: number;
  /** Called once when an outage starts (the first failure after Redis last answered). */
  onUnavailable(error: Error): void;
  /** Called when a command succeeds after an outage. */
  onRecovered?(): void;
  /** Called when Redis answers a command with an error reply (it does not open the breaker). */
  onRejected?(error: Error): void;
  /** Values that must never appear in a reported error message (e.g. the Redis password). */
  secrets: ReadonlyArray<string | undefined>;
  clock?: () => number;
}

export interface RedisAvailability {
  /** Runs one Redis command; `{ ok: false }` when Redis failed, timed out, or is known to be down. Never rejects. */
  run<T>(command: () => Promise<T>): Promise<RedisOutcome<T>>;
  /** True from the first failure until Redis answers again. */
  readonly degraded: boolean;
  /** Lets the next command through at once (the connection is known to be back, e.g. ioredis emitted `ready`). */
  retryNow(): void;
}

/** States in which ioredis cannot send right now; commands would only wait in its offline queue. */
const DOWN_STATES = new Set(['close', 'reconnecting', 'end', 'disconnecting']);

class RedisTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer from Redis within ${ms} ms`);
    this.name = 'RedisTimeoutError';
  }
}

class RedisDownError extends Error {
  constructor(status: string) {
    super(`the Redis connection is ${status}`);
    this.name = 'RedisDownError';
  }
}

/**
 * A small circuit breaker around Redis commands: a command that fails or does not answer within
 * `operationTimeoutMs` opens it; while open (for `retryUnavailableAfterMs`) commands are not sent at all, so a
 * request never waits on a dead Redis more than once per interval.
 */
export function createRedisAvailability(options: RedisAvailabilityOptions): RedisAvailability {
  const clock = options.clock ?? Date.now;
  let degraded = false;
  let retryAt = 0;

  function fail(error: unknown): { ok: false } {
    retryAt = clock() + options.retryUnavailableAfterMs;
    if (!degraded) {
      degraded = true;
      options.onUnavailable(sanitizedError(error, options.secrets));
    }
    return { ok: false };
  }

  return {
    get degraded() {
      return degraded;
    },
    retryNow() {
      retryAt = 0;
    },
    async run<T>(command: () => Promise<T>): Promise<RedisOutcome<T>> {
      if (degraded && clock() < retryAt) return { ok: false };
      const status = options.client.status;
      if (DOWN_STATES.has(status)) return fail(new RedisDownError(status));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RedisTimeoutError(options.operationTimeoutMs)), options.operationTimeoutMs);
      });
      let value: T;
      try {
        const pending = command();
        pending.catch(() => undefined); // a command that loses the race must not become an unhandled rejection
        value = await Promise.race([pending, timeout]);
      } catch (error) {
        if (error instanceof Error && error.name === 'ReplyError') {
          options.onRejected?.(sanitizedError(error, options.secrets));
          return { ok: false, rejected: true };
        }
        return fail(error);
      } finally {
        clearTimeout(timer);
      }
      if (degraded) {
        degraded = false;
        options.onRecovered?.();
      }
      return { ok: true, value };
    },
  };
}
