import { CcaasError, type CcaasErrorOptions } from './ccaas-error.js';

/**
 * The grant can no longer produce tokens without new credentials or a new user login: `invalid_grant` (refresh
 * token expired/revoked, code already used), `invalid_client`, `unauthorized_client`, `access_denied`, or no
 * refresh token for a grant that cannot be re-run. The stored token has been cleared when this is thrown.
 */
export class ReauthenticationRequiredError extends CcaasError {
  constructor(message: string, options: CcaasErrorOptions) {
    super(`[@ccaas/auth-core] ${message}`, options);
  }
}
