import { CcaasError } from './ccaas-error.js';
import type { HttpErrorDetails } from './http-error-details.js';

/** A 403: the token is valid but lacks permissions or scopes. Never retried. */
export class ForbiddenError extends CcaasError {
  readonly method: string;
  readonly url: string;
  readonly serverMessage: string | undefined;
  /** Permissions or scopes the server said are missing (empty when the body did not say). */
  readonly missingPermissions: string[];

  constructor(message: string, details: HttpErrorDetails & { missingPermissions: string[] }) {
    super(`[@ccaas/auth-core] ${message}`, {
      code: details.code,
      status: details.status,
      correlationId: details.correlationId,
    });
    this.method = details.method;
    this.url = details.url;
    this.serverMessage = details.serverMessage;
    this.missingPermissions = details.missingPermissions;
  }
}
