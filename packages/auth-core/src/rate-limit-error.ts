import { CcaasError } from './ccaas-error.js';
import type { HttpErrorDetails } from './http-error-details.js';

/** Why a 429 was not (or no longer) retried. */
export type RateLimitReason = 'retry_after_exceeds_cap' | 'retries_exhausted' | 'total_wait_exceeded' | 'not_replayable';

/** A 429 that is not retried further: Retry-After beyond `maxDelayMs`, retries or total wait budget exhausted. */
export class RateLimitError extends CcaasError {
  readonly method: string;
  readonly url: string;
  readonly serverMessage: string | undefined;
  /** The server's Retry-After in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  readonly reason: RateLimitReason;
  /** Retries already made for this request. */
  readonly attempts: number;

  constructor(
    message: string,
    details: HttpErrorDetails & { retryAfterMs: number | undefined; reason: RateLimitReason; attempts: number },
  ) {
    super(`[@ccaas/auth-core] ${message}`, {
      code: details.code,
      status: details.status,
      correlationId: details.correlationId,
    });
    this.method = details.method;
    this.url = details.url;
    this.serverMessage = details.serverMessage;
    this.retryAfterMs = details.retryAfterMs;
    this.reason = details.reason;
    this.attempts = details.attempts;
  }
}
