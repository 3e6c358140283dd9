/** Request facts attached to HTTP errors (URL with sensitive query values redacted). */
export interface HttpErrorDetails {
  status: number;
  code: string;
  method: string;
  url: string;
  correlationId?: string;
  /** Server-provided message, secrets redacted, truncated to 300 characters. */
  serverMessage?: string;
}
