import { CcaasError } from './ccaas-error.js';
import type { HttpErrorDetails } from './http-error-details.js';

/** A 401 that survived one token refresh and one replay (or a request that could not be replayed). */
export class UnauthorizedError extends CcaasError {
  readonly method: string;
  readonly url: string;
  readonly serverMessage: string | undefined;

  constructor(message: string, details: HttpErrorDetails) {
    super(`[@ccaas/auth-core] ${message}`, {
      code: details.code,
      status: details.status,
      correlationId: details.correlationId,
    });
    this.method = details.method;
    this.url = details.url;
    this.serverMessage = details.serverMessage;
  }
}
