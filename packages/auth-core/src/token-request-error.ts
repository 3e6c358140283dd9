import { CcaasError, type CcaasErrorOptions } from './ccaas-error.js';

/**
 * Codes of {@link TokenRequestError}: transport or protocol failures of the token endpoint (not a rejected grant).
 * An OAuth error code other than the re-authentication ones (e.g. `invalid_scope`) is passed through as the code.
 */
export type TokenRequestErrorCode =
  | 'token_endpoint_error'
  | 'token_endpoint_rate_limited'
  | 'token_request_timeout'
  | 'token_request_network'
  | 'token_response_not_json'
  | 'token_response_invalid'
  | 'token_lock_timeout'
  | (string & {});

export interface TokenRequestErrorOptions extends CcaasErrorOptions {
  code: TokenRequestErrorCode;
  /** Token endpoint URL without its query string. */
  url?: string;
  /** Whether retrying the token request may help (5xx, 429, timeout, network). */
  retryable?: boolean;
  /** Parsed `Retry-After` of a 429/503 from the token endpoint. */
  retryAfterMs?: number;
}

/** The token endpoint could not be used: 5xx, 429, timeout, network failure, or a non-JSON/invalid body. */
export class TokenRequestError extends CcaasError {
  declare readonly code: TokenRequestErrorCode;
  readonly url: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: TokenRequestErrorOptions) {
    super(`[@ccaas/auth-core] ${message}`, options);
    this.url = options.url;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}
